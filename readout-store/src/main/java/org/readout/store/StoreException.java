package org.readout.store;

/** The store could not do its job: the database or the index failed, or a file could not be read or written. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }

    /** Whether the disk (or a quota) ran out: going on with more documents cannot succeed. */
    public boolean diskFull() {
        for (Throwable t = this; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("No space left on device") || message.contains("Disk quota exceeded"))) {
                return true;
            }
        }
        return false;
    }
}
