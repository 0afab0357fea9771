package org.genreworkbench.ingest.spotify;

import java.io.IOException;

/** A service answered with an error status; the message names the request and the service's own words. */
public class HttpStatusException extends IOException {
    private final int status;

    public HttpStatusException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
