package io.callbot.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.dialog.TemplateParser;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Templates over a full profile and over an empty one (every field missing). */
@Tag("unit")
class TemplateRendererTest {

    static String render(String template, CustomerView customer) {
        ProfileValues values = new ProfileValues(Fixtures.context(customer), new HashMap<>(Map.of(
                "callback_at", "2026-11-29T17:00")));
        return new TemplateRenderer(values, Fixtures.clock(), customer.zone()).render(TemplateParser.parse(template));
    }

    static CustomerView full() {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("delivery_date", "2026-12-01");
        attributes.put("balance", "1234.5");
        attributes.put("points", 42);
        attributes.put("slot", "15:30");
        attributes.put("renewal", LocalDate.of(2027, 1, 5));
        attributes.put("tier", "gold");
        attributes.put("order", Map.of("id", "A42", "delivery_date", "2026-12-01"));
        attributes.put("rate", "3.75");
        return Fixtures.customer(Set.of("vip"), attributes);
    }

    static CustomerView empty() {
        return new CustomerView("c-2", null, null, null, Fixtures.NEW_YORK, Map.of(), Set.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', textBlock = """
        # template                                                   ¦ with a full profile                                         ¦ with an empty profile
        Hi {customer.first_name}, hello.                             ¦ Hi Ada, hello.                                              ¦ Hi, hello.
        Hi {customer.first_name|default:there}!                      ¦ Hi Ada!                                                     ¦ Hi there!
        Hi {customer.first_name} {customer.last_name}.               ¦ Hi Ada Lovelace.                                            ¦ Hi.
        Your parcel comes {customer.attributes.delivery_date|date}.  ¦ Your parcel comes Tuesday, December 1.                      ¦ Your parcel comes.
        It comes {customer.attributes.delivery_date|date|default:soon}. ¦ It comes Tuesday, December 1.                           ¦ It comes soon.
        It comes {order.delivery_date|date}.                         ¦ It comes Tuesday, December 1.                               ¦ It comes.
        Order {customer.attributes.order.id|digits}.                 ¦ Order A four two.                                           ¦ Order.
        You owe {customer.attributes.balance|money}.                 ¦ You owe one thousand two hundred thirty four dollars and fifty cents. ¦ You owe.
        That is {customer.attributes.balance|money:EUR}.             ¦ That is one thousand two hundred thirty four euros and fifty cents. ¦ That is.
        You have {customer.attributes.points|number|default:no} points. ¦ You have forty two points.                              ¦ You have no points.
        The rate is {customer.attributes.rate|number} percent.       ¦ The rate is three point seven five percent.                 ¦ The rate is percent.
        We come at {customer.attributes.slot|time}.                  ¦ We come at 3:30 PM.                                         ¦ We come at.
        Renewal on {customer.attributes.renewal|date}.               ¦ Renewal on Tuesday, January 5, 2027.                        ¦ Renewal on.
        As a {customer.tier|default:valued} member                   ¦ As a gold member                                            ¦ As a valued member
        Save {data.discount} with {campaign.name}.                   ¦ Save 20 percent with Spring sale.                           ¦ Save 20 percent with Spring sale.
        Back {call.callback_at|date} at {call.callback_at|time}.     ¦ Back Sunday, November 29 at 5 PM.                           ¦ Back Sunday, November 29 at 5 PM.
        Say {{stop}} to stop.                                        ¦ Say {stop} to stop.                                         ¦ Say {stop} to stop.
        Not a date: {customer.first_name|date}.                      ¦ Not a date: Ada.                                            ¦ Not a date:.
        Shout {customer.first_name|upper}                            ¦ Shout ADA                                                   ¦ Shout
        """)
    void renders(String template, String withProfile, String withoutProfile) {
        assertThat(render(template, full())).isEqualTo(withProfile);
        assertThat(render(template, empty())).isEqualTo(withoutProfile);
    }
}
