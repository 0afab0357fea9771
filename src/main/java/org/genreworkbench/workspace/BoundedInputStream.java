package org.genreworkbench.workspace;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails once more than a set number of bytes has been read: the declared size in a zip can lie, so a
 * decompression bomb is stopped by counting what actually comes out.
 */
public final class BoundedInputStream extends FilterInputStream {
    private final String entry;
    private final long limit;
    private long count;

    public BoundedInputStream(InputStream in, String entry, long limit) {
        super(in);
        this.entry = entry;
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) throws WorkspaceException {
        count += n;
        if (count > limit) {
            throw new WorkspaceException(entry + ": larger than the " + (limit >> 20)
                    + " MB this version accepts; the file may be damaged or hostile");
        }
    }
}
