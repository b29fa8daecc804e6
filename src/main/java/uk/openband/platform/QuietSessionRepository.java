package uk.openband.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spring Session's JDBC repository, writing a session only when something in it changed.
 *
 * <p>Spring Session moves a session's last-access time forward on every request, and so updates the session
 * row on every request. This repository moves it forward only when the stored time is at least
 * {@code quietPeriod} old, or when the session is written anyway (an attribute set or removed, a new id):
 * a signed-in person reading pages costs one session write a minute, not one a request. The stored time can
 * therefore be up to {@code quietPeriod} behind the real last request; {@link SessionConfiguration} adds
 * that period to the session timeout so that no session ends sooner than the timeout after its last request.
 *
 * <p>Spring Session's filter, having saved a session at the end of a request, asks for it again by its id to learn
 * whether the id the browser sent is still valid. That second read is answered from the session just saved on
 * this thread; {@link #forgetSaved()} (called by {@link SessionConfiguration}'s outermost filter after every
 * request) makes sure it never outlives the request.
 */
final class QuietSessionRepository implements FindByIndexNameSessionRepository<QuietSessionRepository.QuietSession> {

    private final JdbcIndexedSessionRepository jdbc;
    private final FindByIndexNameSessionRepository<Session> sessions;
    private final Duration quietPeriod;
    private static final ThreadLocal<QuietSession> SAVED = new ThreadLocal<>();

    @SuppressWarnings({"unchecked", "rawtypes"})
    QuietSessionRepository(JdbcIndexedSessionRepository jdbc, Duration quietPeriod) {
        this.jdbc = jdbc;
        this.sessions = (FindByIndexNameSessionRepository) jdbc;
        this.quietPeriod = quietPeriod;
    }

    JdbcIndexedSessionRepository jdbc() {
        return jdbc;
    }

    @Override
    public QuietSession createSession() {
        return new QuietSession(sessions.createSession());
    }

    @Override
    public void save(QuietSession session) {
        session.beforeSave();
        sessions.save(session.session);
        SAVED.set(session);
    }

    /** Forgets the session saved on this thread: the end of every request. */
    static void forgetSaved() {
        SAVED.remove();
    }

    @Override
    public QuietSession findById(String id) {
        QuietSession saved = SAVED.get();
        SAVED.remove();
        if (saved != null && saved.getId().equals(id) && !saved.isExpired()) {
            return saved;
        }
        Session found = sessions.findById(id);
        return found == null ? null : new QuietSession(found);
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
    }

    @Override
    public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, QuietSession> found = new LinkedHashMap<>();
        sessions.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, s) -> found.put(id, new QuietSession(s)));
        return found;
    }

    /** A session whose last-access time is written at most once per quiet period unless it is written anyway. */
    final class QuietSession implements Session {

        private final Session session;
        private Instant pendingAccess;
        private boolean written;

        QuietSession(Session session) {
            this.session = session;
        }

        void beforeSave() {
            if (written && pendingAccess != null) {
                session.setLastAccessedTime(pendingAccess);
            }
            pendingAccess = null;
            written = false;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(session.getLastAccessedTime(), lastAccessedTime).compareTo(quietPeriod) >= 0) {
                session.setLastAccessedTime(lastAccessedTime);
                pendingAccess = null;
            } else {
                pendingAccess = lastAccessedTime;
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return pendingAccess != null ? pendingAccess : session.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            written = true;
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            written = true;
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            if (session.getAttribute(attributeName) != null) {
                written = true;
            }
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            written = true;
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        /** Judged by the stored last-access time, as the database's clean-up judges it. */
        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
