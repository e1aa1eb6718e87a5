package io.callbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** How the dispatcher reads a request's URI into path, path parameters and query parameters. */
@Tag("unit")
class ApiDispatcherQueryTest {

    private final ApiDispatcher dispatcher = new ApiDispatcher(new Router()
            .add("GET", "/echo/{id}", false, r -> ApiResponse.text(200, "text/plain",
                    r.param("id") + " " + r.query())), token -> Optional.empty());

    private String get(String uri) {
        ApiResponse response = dispatcher.dispatch(new ApiDispatcher.RawRequest("GET", uri, null, null, new byte[0]));
        return response.status() + " " + new String(response.body(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /echo/7                                  | 200 7 {}
            /echo/7?                                 | 200 7 {}
            /echo/7?q=a+b&q=c%20d                    | 200 7 {q=[a b, c d]}
            /echo/7?flag&limit=5                     | 200 7 {flag=[], limit=[5]}
            /echo/7?q=caf%C3%A9                      | 200 7 {q=[café]}
            /echo/7?q=a;b                            | 200 7 {q=[a;b]}
            /echo/CRM%201?q=%2B                      | 200 CRM 1 {q=[+]}
            /echo/a%2Fb+c?x=1                        | 200 a/b+c {x=[1]}
            """)
    void pathAndQueryAreDecodedApart(String uri, String expected) {
        assertThat(get(uri)).isEqualTo(expected);
    }

    @Test
    void aBrokenEscapeIsABadRequestNamingTheQuery() {
        assertThat(get("/echo/7?q=100%")).startsWith("400 ").contains("bad_request")
                .contains("query string is not valid URL encoding").contains("q=100%");
    }

    @Test
    void theQueryDoesNotChooseTheRoute() {
        assertThat(get("/echo?x=/echo/7")).startsWith("404 ");
    }
}
