package org.genreworkbench.ingest.spotify;

import java.io.IOException;

/**
 * A service could not be talked to at all (as opposed to answering with an error): its host name does not
 * resolve or the network is down, the host refused the connection, or it did not answer in time. The message
 * names the service and the host and says what to check.
 */
public final class ServiceUnreachableException extends IOException {
    /** Why no answer came. */
    public enum Reason {
        NOT_FOUND("could not be reached: the name does not resolve (no network, or a wrong address)",
                "check the network connection and the address"),
        REFUSED("refused the connection (nothing listens at that address and port)",
                "check that the service runs and the address and port are right"),
        NO_ANSWER("did not answer in time", "check the network connection, a proxy or firewall, and the address");

        private final String what;
        private final String advice;

        Reason(String what, String advice) {
            this.what = what;
            this.advice = advice;
        }
    }

    private final Service service;
    private final String host;
    private final Reason reason;

    public ServiceUnreachableException(Service service, String host, Reason reason, int attempts, Throwable cause) {
        super(service.displayName() + " at " + host + " " + reason.what + (attempts > 1 ? ", " + attempts + " attempts" : "")
                + "; " + reason.advice + ".", cause);
        this.service = service;
        this.host = host;
        this.reason = reason;
    }

    public Service service() {
        return service;
    }

    public String host() {
        return host;
    }

    public Reason reason() {
        return reason;
    }

    /** The reason behind a failed connection, or null when the failure was something else (a broken answer). */
    static Reason classify(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.UnknownHostException || t instanceof java.net.NoRouteToHostException) {
                return Reason.NOT_FOUND;
            }
            if (t instanceof java.net.ConnectException) {
                String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
                return m.contains("unreachable") ? Reason.NOT_FOUND : Reason.REFUSED;
            }
            if (t instanceof java.net.SocketTimeoutException) {
                return Reason.NO_ANSWER;
            }
        }
        return null;
    }
}
