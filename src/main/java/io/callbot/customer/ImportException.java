package io.callbot.customer;

/** A problem that stops an import (the input cannot be read further), with the line and field it is about. */
public final class ImportException extends Exception {
    private final ImportProblem problem;

    /** @param line 0 when the problem is about the whole input */
    public ImportException(String input, long line, String field, String reason) {
        this(input, line, field, reason, null);
    }

    public ImportException(String input, long line, String field, String reason, Throwable cause) {
        this(new ImportProblem(input, line, field, reason, false), cause);
    }

    private ImportException(ImportProblem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    public ImportProblem problem() {
        return problem;
    }
}
