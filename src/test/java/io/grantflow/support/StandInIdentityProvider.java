package io.grantflow.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.smallrye.jwt.util.KeyUtils;
import org.jose4j.base64url.Base64Url;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.json.JsonUtil;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in OpenID Connect provider for tests, on 127.0.0.1: discovery, an authorization endpoint that signs
 * in whoever the test said ({@link #nextSignIn}) and sends the browser back with a code, a token endpoint that
 * trades the code (checking the client's id and secret) for an ID token and an access token, and the JWKS.
 * Tokens carry the issuer of the API's test bearer tokens ({@link Tokens#ISSUER}) and are signed with the same
 * test key, so the API and the pages see the same people.
 */
public final class StandInIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "grantflow-web";
    public static final String CLIENT_SECRET = "stand-in-secret-of-at-least-32-characters";
    private static final String KEY_ID = "stand-in";

    /** Who signs in at the provider: subject, user name, display name, roles (in the access token's groups). */
    public record Person(String subject, String userName, String displayName, List<String> roles) {
    }

    private record Grant(Person person, String nonce, String redirectUri) {
    }

    private final int port;
    private final AtomicReference<Person> next = new AtomicReference<>();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private HttpServer server;

    public StandInIdentityProvider(int port) {
        this.port = port;
    }

    /** A port for the provider, the same for the whole JVM (test profiles and tests are loaded by different class loaders). */
    public static int port() {
        synchronized (System.class) {
            String known = System.getProperty("grantflow.test.stand-in-idp-port");
            if (known == null) {
                try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
                    known = String.valueOf(s.getLocalPort());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                System.setProperty("grantflow.test.stand-in-idp-port", known);
            }
            return Integer.parseInt(known);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public boolean running() {
        return server != null;
    }

    public synchronized StandInIdentityProvider start() throws IOException {
        if (server != null) {
            return this;
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/jwks", this::jwks);
        server.start();
        return this;
    }

    /** The person whom the next visit to the authorization endpoint signs in. */
    public void nextSignIn(Person person) {
        next.set(person);
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    private void discovery(HttpExchange exchange) throws IOException {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", Tokens.ISSUER);
        metadata.put("authorization_endpoint", url() + "/authorize");
        metadata.put("token_endpoint", url() + "/token");
        metadata.put("jwks_uri", url() + "/jwks");
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        json(exchange, 200, metadata);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        Person person = next.get();
        if (person == null || !CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))
                || query.get("redirect_uri") == null) {
            json(exchange, 400, Map.of("error", "invalid_request"));
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(person, query.get("nonce"), query.get("redirect_uri")));
        String back = query.get("redirect_uri") + (query.get("redirect_uri").contains("?") ? "&" : "?")
                + "code=" + code + (query.get("state") == null ? "" : "&state=" + encode(query.get("state")));
        exchange.getResponseHeaders().add("Location", back);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String[] client = client(exchange, body);
        Grant grant = codes.remove(String.valueOf(body.get("code")));
        if (!CLIENT_ID.equals(client[0]) || !CLIENT_SECRET.equals(client[1])) {
            json(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        if (grant == null || !"authorization_code".equals(body.get("grant_type"))
                || !grant.redirectUri().equals(body.get("redirect_uri"))) {
            json(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        long now = Instant.now().getEpochSecond();
        long exp = now + Duration.ofMinutes(10).toSeconds();
        Person p = grant.person();
        Map<String, Object> id = new LinkedHashMap<>();
        id.put("iss", Tokens.ISSUER);
        id.put("sub", p.subject());
        id.put("aud", CLIENT_ID);
        id.put("iat", now);
        id.put("exp", exp);
        id.put("preferred_username", p.userName());
        id.put("name", p.displayName());
        if (grant.nonce() != null) {
            id.put("nonce", grant.nonce());
        }
        Map<String, Object> access = new LinkedHashMap<>();
        access.put("iss", Tokens.ISSUER);
        access.put("sub", p.subject());
        access.put("iat", now);
        access.put("exp", exp);
        access.put("preferred_username", p.userName());
        access.put("name", p.displayName());
        access.put("groups", p.roles());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", sign(access));
        answer.put("id_token", sign(id));
        answer.put("token_type", "Bearer");
        answer.put("expires_in", 600);
        json(exchange, 200, answer);
    }

    private void jwks(HttpExchange exchange) throws IOException {
        RSAPublicKey key;
        try {
            key = (RSAPublicKey) KeyUtils.readPublicKey("test-jwt/publicKey.pem");
        } catch (Exception e) {
            throw new IOException(e);
        }
        json(exchange, 200, Map.of("keys", List.of(Map.of("kty", "RSA", "kid", KEY_ID, "use", "sig", "alg", "RS256",
                "n", unsigned(key.getModulus()), "e", unsigned(key.getPublicExponent())))));
    }

    /** A signed compact JWT with exactly these claims (the token endpoint's answer). */
    public static String sign(Map<String, Object> claims) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(JsonUtil.toJson(claims));
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setKeyIdHeaderValue(KEY_ID);
            jws.setHeader("typ", "JWT");
            jws.setKey(KeyUtils.readPrivateKey("test-jwt/privateKey.pem"));
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign the stand-in token", e);
        }
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64Url.encode(bytes);
    }

    private static String[] client(HttpExchange exchange, Map<String, String> body) {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth != null && auth.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            return new String[] {URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                    pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : ""};
        }
        return new String[] {body.get("client_id"), body.get("client_secret")};
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return out;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void json(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JsonUtil.toJson(body instanceof Map<?, ?> m ? castMap(m) : Map.of()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> castMap(Map<?, ?> m) {
        return (Map<String, ?>) m;
    }

    /** The URI's query parameter, decoded. */
    public static String queryParameter(String uri, String name) {
        return form(URI.create(uri).getRawQuery()).get(name);
    }
}
