package org.genreworkbench.workspace;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A zip archive as raw bytes, for damaging it the way disks, truncated downloads and hostile makers do:
 * where its records start, and patches to the fields a reader trusts (declared sizes, names).
 */
final class ZipBytes {
    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;

    /** One entry's record in the central directory. */
    record CentralRecord(String name, int offset, int localOffset, int compressedSize) {
        int compressedSizeField() {
            return offset + 20;
        }

        int sizeField() {
            return offset + 24;
        }

        int nameField() {
            return offset + 46;
        }
    }

    private ZipBytes() {
    }

    /** Zips entries in the given order, deflated as the writer does, with a fixed time: the same bytes each run. */
    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(java.time.LocalDateTime.of(2026, 11, 25, 0, 0)); // as stored: no time zone added
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The entries of a valid archive, in their order. */
    static Map<String, byte[]> unzip(byte[] archive) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static List<CentralRecord> centralDirectory(byte[] archive) {
        ByteBuffer b = ByteBuffer.wrap(archive).order(ByteOrder.LITTLE_ENDIAN);
        int end = archive.length - 22;
        while (end >= 0 && b.getInt(end) != END) {
            end--;
        }
        if (end < 0) {
            throw new IllegalArgumentException("no end of central directory record");
        }
        int count = Short.toUnsignedInt(b.getShort(end + 10));
        int at = b.getInt(end + 16);
        List<CentralRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (b.getInt(at) != CENTRAL) {
                throw new IllegalArgumentException("bad central record at " + at);
            }
            int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
            int extra = Short.toUnsignedInt(b.getShort(at + 30));
            int comment = Short.toUnsignedInt(b.getShort(at + 32));
            String name = new String(archive, at + 46, nameLength, StandardCharsets.UTF_8);
            records.add(new CentralRecord(name, at, b.getInt(at + 42), b.getInt(at + 20)));
            at += 46 + nameLength + extra + comment;
        }
        return records;
    }

    /**
     * Every offset where one record of the archive ends and another begins: local headers, the ends of
     * entry data, central records and the end record, and the archive's end.
     */
    static List<Integer> boundaries(byte[] archive) {
        ByteBuffer b = ByteBuffer.wrap(archive).order(ByteOrder.LITTLE_ENDIAN);
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i + 4 <= archive.length; i++) {
            int sig = b.getInt(i);
            if (sig == LOCAL || sig == CENTRAL || sig == END || sig == 0x08074b50) {
                offsets.add(i);
            }
        }
        offsets.add(archive.length);
        return offsets;
    }

    static void putInt(byte[] archive, int offset, int value) {
        ByteBuffer.wrap(archive).order(ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
    }

    /** Renames an entry in place, in its local header and its central record (names of the same length). */
    static void rename(byte[] archive, CentralRecord record, String newName) {
        byte[] name = newName.getBytes(StandardCharsets.UTF_8);
        if (name.length != record.name().getBytes(StandardCharsets.UTF_8).length) {
            throw new IllegalArgumentException("names must have the same length");
        }
        System.arraycopy(name, 0, archive, record.nameField(), name.length);
        System.arraycopy(name, 0, archive, record.localOffset() + 30, name.length);
    }
}
