package io.callbot.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the validation errors of one file, each located at a YAML node; used by one thread. */
final class Problems {

    private final String file;
    private final String source;
    private final List<ValidationError> errors = new ArrayList<>();

    Problems(String file) {
        this(file, "");
    }

    /** {@code source} is the file's text, used to point inside multi-line values. */
    Problems(String file, String source) {
        this.file = file;
        this.source = source;
    }

    String file() {
        return file;
    }

    /** Records an error at the start of {@code node}. */
    void at(Node node, String path, String message) {
        at(node.getStartMark(), path, message);
    }

    void at(Mark mark, String path, String message) {
        errors.add(new ValidationError(file, mark.getLine() + 1, mark.getColumn() + 1, path, message));
    }

    /**
     * Records an error at the first occurrence of {@code needle} in the source text of {@code node}
     * (e.g. one template field inside a long text), or at the node's start when it is not found verbatim.
     */
    void atText(Node node, String needle, String path, String message) {
        int start = charIndex(node.getStartMark().getIndex());
        int end = charIndex(node.getEndMark().getIndex());
        int found = start < 0 || end < start ? -1 : source.substring(start, end).indexOf(needle);
        if (found < 0) {
            at(node, path, message);
            return;
        }
        int index = start + found;
        int lineStart = source.lastIndexOf('\n', index - 1) + 1;
        int line = (int) source.substring(0, index).chars().filter(c -> c == '\n').count();
        int column = source.codePointCount(lineStart, index);
        errors.add(new ValidationError(file, line + 1, column + 1, path, message));
    }

    /** SnakeYAML marks count code points; Java strings count UTF-16 chars. */
    private int charIndex(int codePointIndex) {
        try {
            return source.offsetByCodePoints(0, codePointIndex);
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }

    int count() {
        return errors.size();
    }

    boolean any() {
        return !errors.isEmpty();
    }

    /** The errors sorted by position (stable for equal positions). */
    List<ValidationError> sorted() {
        List<ValidationError> copy = new ArrayList<>(errors);
        copy.sort(Comparator.comparingInt(ValidationError::line).thenComparingInt(ValidationError::column));
        return copy;
    }
}
