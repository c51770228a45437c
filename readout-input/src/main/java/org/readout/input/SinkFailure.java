package org.readout.input;

/** Carries an exception the sink threw past the readers' own handling, which reports everything else. */
final class SinkFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SinkFailure(RuntimeException cause) {
        super(cause);
    }

    RuntimeException sinkException() {
        return (RuntimeException) getCause();
    }
}
