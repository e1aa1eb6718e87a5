package io.callbot.customer;

/** Receives an import's problems as they occur and its progress after each batch; called on the import thread. */
public interface ImportListener {
    void problem(ImportProblem problem);

    /** @param totalBytes the file size, for a percentage */
    void progress(long rows, long bytesRead, long totalBytes);

    ImportListener NONE = new ImportListener() {
        @Override
        public void problem(ImportProblem problem) {}

        @Override
        public void progress(long rows, long bytesRead, long totalBytes) {}
    };
}
