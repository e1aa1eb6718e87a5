package io.callbot.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the validation errors of one file, each located at a YAML node; used by one thread. */
final class Problems {

    private final String file;
    private final List<ValidationError> errors = new ArrayList<>();

    Problems(String file) {
        this.file = file;
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
