package io.grantflow.users.application;

import io.grantflow.users.api.UserView;
import io.agroal.api.AgroalDataSource;
import io.grantflow.audit.application.AuditActor;
import io.grantflow.shared.security.UserNames;
import io.grantflow.users.domain.UserClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import io.grantflow.shared.security.Roles;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds or registers the user record of an identity (table {@code app_user}, unique by issuer +
 * subject) and gives it a handle: the normalised user name, or, when another person already holds
 * that name, the name with a suffix derived from issuer and subject. Records are cached in memory
 * per node by issuer and subject, so a request whose profile did not change makes no database
 * round trip.
 *
 * <p>The work runs while the request's identity is being established, so it uses plain JDBC
 * statements in auto-commit, outside JTA: a Quarkus transaction would tell the audit trail who
 * acts ({@code AuditActor}), which waits for the very identity being established; the connection is
 * taken as {@link AuditActor#asSystem system} for the same reason. Each statement
 * is atomic on its own; concurrent registrations of one person or one handle, on any node, are
 * settled by the unique constraints ({@code on conflict do nothing}) and a second look.
 *
 * <p>The record also keeps the person's product roles ({@link Roles#ALL}) as last seen, so that a scanner can
 * tell the programme officers (column {@code roles}); a change of roles updates the record like a change of
 * profile.
 */
@ApplicationScoped
public class UserRecords {

    private static final Logger LOG = Logger.getLogger(UserRecords.class);
    /** Beyond this many cached people the cache starts again (a flood of identities must not exhaust memory). */
    static final int MAX_CACHED = 50_000;
    private static final int ATTEMPTS = 3;
    private static final int SHORT_SUFFIX = 8;

    private record Key(String issuer, String subject) {
    }

    private record Cached(UserView view, UserClaims.Profile profile, List<String> roles) {
    }

    private record Stored(UserView view, List<String> roles) {
    }

    private final ConcurrentHashMap<Key, Cached> cache = new ConcurrentHashMap<>();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    /** The person, if known on this node with this very profile (no database access). */
    public Optional<UserView> cached(UserClaims claims, Collection<String> roles) {
        Cached c = cache.get(new Key(claims.issuer(), claims.subject()));
        return c != null && c.profile().equals(claims.profile()) && c.roles().equals(productRoles(roles))
                ? Optional.of(c.view()) : Optional.empty();
    }

    /** The product roles among {@code groups}, sorted, each once (other groups of the identity provider are not kept). */
    static List<String> productRoles(Collection<String> groups) {
        return groups.stream().filter(Roles.ALL::contains).distinct().sorted().toList();
    }

    /** The person's record, registered on first sight and updated when the profile changed. Blocking. */
    public UserView resolve(UserClaims claims, Collection<String> groups) {
        List<String> roles = productRoles(groups);
        try (Connection connection = AuditActor.asSystem(dataSource::getConnection)) {
            UserView view = findOrRegister(connection, claims, roles);
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(new Key(claims.issuer(), claims.subject()), new Cached(view, claims.profile(), roles));
            return view;
        } catch (SQLException e) {
            throw new IllegalStateException("user record of " + claims.name() + " not available", e);
        }
    }

    private UserView findOrRegister(Connection c, UserClaims claims, List<String> roles) throws SQLException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Stored> found = find(c, claims);
            if (found.isPresent()) {
                return updated(c, claims, roles, found.get());
            }
            String handle = handleFor(c, claims);
            try (PreparedStatement insert = c.prepareStatement("insert into grantflow.app_user (issuer, subject, handle, "
                    + "display_name, email, language, created_at, updated_at, roles) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "on conflict do nothing")) {
                Timestamp now = Timestamp.from(clock.instant());
                insert.setString(1, claims.issuer());
                insert.setString(2, claims.subject());
                insert.setString(3, handle);
                insert.setString(4, claims.profile().displayName());
                insert.setString(5, claims.profile().email());
                insert.setString(6, claims.profile().language());
                insert.setTimestamp(7, now);
                insert.setTimestamp(8, now);
                insert.setArray(9, c.createArrayOf("text", roles.toArray()));
                if (insert.executeUpdate() == 1) {
                    LOG.infof("New user %s (%s, subject %s)", handle, claims.issuer(), claims.subject());
                    return new UserView(handle, claims.profile().displayName(), claims.profile().email(),
                            claims.profile().language());
                }
            }
            // someone registered this person or took this handle meanwhile: look again
        }
        throw new SQLException("no free handle for " + claims.name() + " after " + ATTEMPTS + " attempts");
    }

    private static Optional<Stored> find(Connection c, UserClaims claims) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("select handle, display_name, email, language, roles "
                + "from grantflow.app_user where issuer = ? and subject = ?")) {
            select.setString(1, claims.issuer());
            select.setString(2, claims.subject());
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Array roles = rs.getArray(5);
                return Optional.of(new Stored(new UserView(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)), roles == null ? List.of() : List.of((String[]) roles.getArray())));
            }
        }
    }

    /** The record with the profile the identity provider now tells (written only when it changed). */
    private UserView updated(Connection c, UserClaims claims, List<String> roles, Stored found) throws SQLException {
        UserClaims.Profile now = claims.profile();
        UserView stored = found.view();
        if (Objects.equals(now, new UserClaims.Profile(stored.displayName(), stored.email(), stored.language()))
                && found.roles().equals(roles)) {
            return stored;
        }
        try (PreparedStatement update = c.prepareStatement("update grantflow.app_user set display_name = ?, email = ?, "
                + "language = ?, roles = ?, updated_at = ? where issuer = ? and subject = ?")) {
            update.setString(1, now.displayName());
            update.setString(2, now.email());
            update.setString(3, now.language());
            update.setArray(4, c.createArrayOf("text", roles.toArray()));
            update.setTimestamp(5, Timestamp.from(clock.instant()));
            update.setString(6, claims.issuer());
            update.setString(7, claims.subject());
            update.executeUpdate();
        }
        return new UserView(stored.handle(), now.displayName(), now.email(), now.language());
    }

    /** The name itself if free; else the name with a suffix only this issuer + subject yields. */
    private static String handleFor(Connection c, UserClaims claims) throws SQLException {
        if (!taken(c, claims.name())) {
            return claims.name();
        }
        String digest = digest(claims.issuer() + "\n" + claims.subject());
        String shortHandle = withSuffix(claims.name(), digest.substring(0, SHORT_SUFFIX));
        return taken(c, shortHandle) ? withSuffix(claims.name(), digest) : shortHandle;
    }

    private static boolean taken(Connection c, String handle) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("select 1 from grantflow.app_user where handle = ?")) {
            select.setString(1, handle);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String withSuffix(String name, String suffix) {
        int room = UserNames.MAX_LENGTH - suffix.length() - 1;
        return (name.length() <= room ? name : name.substring(0, room)) + "#" + suffix;
    }

    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
