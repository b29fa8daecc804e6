package uk.openband.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts what the current thread sends to the database while it records: each statement executed (with its
 * SQL) and each commit or rollback of a transaction. Every test context's {@link DataSource} is wrapped (see
 * {@link StatementsContextCustomizerFactory}); nothing is noted unless a thread is recording, so MockMvc
 * requests (which run on the test's thread) can be measured one by one.
 */
public final class Statements {

    private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();

    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");

    private Statements() {
    }

    /** What the action sent to the database, from this thread. */
    public static Recording record(ThrowingRunnable action) throws Exception {
        Recording recording = new Recording();
        Recording outer = CURRENT.get();
        CURRENT.set(recording);
        try {
            action.run();
        } finally {
            CURRENT.set(outer);
        }
        return recording;
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** The statements and transaction ends seen while recording. */
    public static final class Recording {

        private final List<String> statements = new ArrayList<>();
        private int transactions;
        private int sessionTransactions;

        /** Every statement, in order. */
        public List<String> statements() {
            return List.copyOf(statements);
        }

        /** The statements on Spring Session's tables (reading and writing the signed-in session). */
        public List<String> sessionStatements() {
            return statements.stream().filter(Recording::isSession).toList();
        }

        /** The statements of the page itself: all but the session's. */
        public List<String> pageStatements() {
            return statements.stream().filter(s -> !isSession(s)).toList();
        }

        /**
         * Commits and rollbacks of the page's transactions that ran a statement (each a round trip of its own),
         * not counting the session's own.
         */
        public int transactions() {
            return transactions;
        }

        /** Commits and rollbacks of transactions that only read or wrote the session. */
        public int sessionTransactions() {
            return sessionTransactions;
        }

        /** The page's own round trips: its statements and its transactions' commits. */
        public int pageRoundTrips() {
            return pageStatements().size() + transactions;
        }

        /** Round trips to the database: every statement, and every commit or rollback. */
        public int roundTrips() {
            return statements.size() + transactions + sessionTransactions;
        }

        static boolean isSession(String sql) {
            return sql.toLowerCase(Locale.ROOT).contains("spring_session");
        }

        @Override
        public String toString() {
            return roundTrips() + " round trips (" + transactions + " commits of the page's, " + sessionTransactions
                    + " of the session's): " + String.join("\n  ", statements);
        }
    }

    /** Wraps every {@link DataSource} bean so its connections report to the recording thread. */
    static final class Wrapper implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
                return proxy(DataSource.class, dataSource, (target, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c ? connection(c) : result;
                });
            }
            return bean;
        }
    }

    private static Connection connection(Connection connection) {
        // Whether this connection has a transaction open on the server: a statement ran since autocommit was
        // turned off or the last commit (a commit of nothing sends nothing).
        boolean[] open = new boolean[1];
        boolean[] onlySession = {true};
        return proxy(Connection.class, connection, (target, method, args) -> {
            String name = method.getName();
            if (name.equals("commit") || name.equals("rollback") || name.equals("setAutoCommit")) {
                if (open[0] && CURRENT.get() != null) {
                    if (onlySession[0]) {
                        CURRENT.get().sessionTransactions++;
                    } else {
                        CURRENT.get().transactions++;
                    }
                }
                open[0] = false;
                onlySession[0] = true;
            }
            Object result = invoke(target, method, args);
            java.util.function.Consumer<String> executed = sql -> {
                if (!autoCommit(connection)) {
                    open[0] = true;
                    onlySession[0] = onlySession[0] && Recording.isSession(sql);
                }
            };
            if (result instanceof CallableStatement s) {
                return statement(CallableStatement.class, s, (String) args[0], executed);
            }
            if (result instanceof PreparedStatement s) {
                return statement(PreparedStatement.class, s, (String) args[0], executed);
            }
            if (result instanceof Statement s) {
                return statement(Statement.class, s, null, executed);
            }
            return result;
        });
    }

    private static boolean autoCommit(Connection connection) {
        try {
            return connection.getAutoCommit();
        } catch (java.sql.SQLException e) {
            return true;
        }
    }

    private static <S extends Statement> S statement(Class<S> type, S statement, String preparedSql,
            java.util.function.Consumer<String> executed) {
        return proxy(type, statement, (target, method, args) -> {
            if (EXECUTE.contains(method.getName())) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                executed.accept(sql == null ? "" : sql);
                if (CURRENT.get() != null) {
                    CURRENT.get().statements.add(sql);
                }
            }
            return invoke(target, method, args);
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler h = (p, method, args) -> {
            if (method.getName().equals("unwrap") && args[0] instanceof Class<?> c && c.isInstance(p)) {
                return p;
            }
            return handler.handle(target, method, args);
        };
        return (T) Proxy.newProxyInstance(Statements.class.getClassLoader(), new Class<?>[] {type}, h);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @FunctionalInterface
    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }
}
