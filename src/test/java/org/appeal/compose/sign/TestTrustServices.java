package org.appeal.compose.sign;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A made-up public key infrastructure for the test, served over HTTP on the loopback address
 * only: a certificate authority, a timestamp authority it certified ({@code /tsa}, RFC 3161 over
 * HTTP) and the authority's revocation list ({@code /ca.crl}, revoking nothing). Signer
 * certificates it issues name that list, so PAdES B-LT has revocation data to fetch and embed.
 * Nothing is kept on disk but the keystores a test asks for, in its temporary folder.
 */
public final class TestTrustServices implements AutoCloseable {
    static final String AUTHORITY = "Made-up Certificate Authority";

    private final HttpServer server;
    private final KeyPair authorityKeys;
    private final X509Certificate authority;
    private final TestTimestampAuthority timestamps;
    private final byte[] crl;
    private final AtomicInteger timestampRequests = new AtomicInteger();
    private final AtomicInteger crlRequests = new AtomicInteger();

    private TestTrustServices() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        authorityKeys = rsa();
        Instant now = Instant.now();
        X500Name name = new X500Name("CN=" + AUTHORITY);
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                Date.from(now.minus(Duration.ofDays(2))), Date.from(now.plus(Duration.ofDays(730))), name,
                authorityKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        authority = new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(authorityKeys.getPrivate())));
        X509v2CRLBuilder list = new X509v2CRLBuilder(name, Date.from(now.minus(Duration.ofHours(1))));
        list.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
        crl = list.build(new JcaContentSignerBuilder("SHA256withRSA").build(authorityKeys.getPrivate())).getEncoded();
        timestamps = new TestTimestampAuthority(authority, authorityKeys.getPrivate(), crlUrl());
        server.createContext("/tsa", this::timestamp);
        server.createContext("/ca.crl", this::revocationList);
        server.start();
    }

    public static TestTrustServices start() {
        try {
            return new TestTrustServices();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the made-up trust services", e);
        }
    }

    public String timestampUrl() {
        return base() + "/tsa";
    }

    String crlUrl() {
        return base() + "/ca.crl";
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int timestampRequests() {
        return timestampRequests.get();
    }

    int crlRequests() {
        return crlRequests.get();
    }

    /** A PKCS#12 file ({@link TestKeys#PASSWORD}) with a signer key, its certificate from the authority, and the authority's. */
    public Path signerKeystore(Path folder, String commonName) {
        try {
            KeyPair pair = rsa();
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    new X500Name("CN=" + AUTHORITY), BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))),
                    new X500Name("CN=" + commonName), pair.getPublic());
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.cRLDistributionPoints, false, distributionPoint(crlUrl()));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(authorityKeys.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("signer", pair.getPrivate(), TestKeys.PASSWORD.toCharArray(),
                    new Certificate[] {certificate, authority});
            Path file = folder.resolve(commonName.replaceAll("[^A-Za-z0-9-]", "_") + "-" + System.nanoTime() + ".p12");
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, TestKeys.PASSWORD.toCharArray());
            }
            return file;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static CRLDistPoint distributionPoint(String url) {
        GeneralNames names = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, url));
        return new CRLDistPoint(new DistributionPoint[] {new DistributionPoint(new DistributionPointName(names), null, null)});
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private void timestamp(HttpExchange exchange) throws IOException {
        timestampRequests.incrementAndGet();
        try (exchange) {
            byte[] response;
            try {
                response = timestamps.respond(exchange.getRequestBody().readAllBytes());
            } catch (Exception e) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, response.length);
            exchange.getResponseBody().write(response);
        }
    }

    private void revocationList(HttpExchange exchange) throws IOException {
        crlRequests.incrementAndGet();
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "application/pkix-crl");
            exchange.sendResponseHeaders(200, crl.length);
            exchange.getResponseBody().write(crl);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
