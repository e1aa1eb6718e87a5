package io.callbot.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JSON in and out. Requests are strict (unknown fields, wrong types, missing bodies rejected with the field named);
 * responses write times as ISO-8601. Thread-safe (one shared {@link ObjectMapper}).
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS);

    private Json() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ApiResponse ok(Object body) {
        return response(200, body);
    }

    public static ApiResponse response(int status, Object body) {
        try {
            return ApiResponse.of(status, "application/json; charset=utf-8", MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serializable: " + body.getClass().getName(), e);
        }
    }

    public static ApiResponse error(int status, String code, String message) {
        return response(status, Map.of("error", Map.of("code", code, "message", message)));
    }

    /** Reads a JSON request body into {@code type}, turning every Jackson complaint into a 400 that names the field. */
    public static <T> T read(ApiRequest request, Class<T> type) {
        String ct = request.contentType();
        if (ct == null || !ct.startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type",
                    "send the body as Content-Type: application/json, was " + (ct == null ? "none" : ct));
        }
        if (request.body().length == 0) {
            throw ApiException.badRequest("request body is empty; expected a JSON object");
        }
        try {
            return MAPPER.readValue(request.body(), type);
        } catch (UnrecognizedPropertyException e) {
            throw new ApiException(400, "unknown_field", "unknown field '" + path(e) + "'; allowed fields: "
                    + e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
        } catch (InvalidFormatException e) {
            throw new ApiException(400, "wrong_type", "field '" + path(e) + "' must be "
                    + e.getTargetType().getSimpleName() + ", was " + e.getValue());
        } catch (MismatchedInputException e) {
            String field = path(e);
            throw new ApiException(400, "wrong_type", (field.isEmpty() ? "body" : "field '" + field + "'")
                    + " must be " + describe(e.getTargetType()) + at(e));
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof StreamReadException syntax) {
                throw syntaxError(syntax);
            }
            throw new ApiException(400, "bad_json", "field '" + path(e) + "': " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw new ApiException(400, "bad_json", "body could not be read: " + e.getMessage());
        }
    }

    private static ApiException syntaxError(JsonProcessingException e) {
        String detail = e.getOriginalMessage().replaceAll("\\[Source: [^;]*; ", "[");
        return new ApiException(400, "bad_json", "body is not valid JSON" + at(e) + ": " + detail);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "a boolean";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "an object";
    }

    private static String at(JsonProcessingException e) {
        var loc = e.getLocation();
        return loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }
}
