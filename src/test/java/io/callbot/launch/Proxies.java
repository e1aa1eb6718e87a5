package io.callbot.launch;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** For the tests' JDBC proxies (faults, counts): a call passed on with the target's own exception. Stateless. */
final class Proxies {
    private Proxies() {}

    static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
