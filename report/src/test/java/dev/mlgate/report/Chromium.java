package dev.mlgate.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven through the DevTools protocol over the JDK's own WebSocket client: navigate,
 * size the window, evaluate an expression in the page, take a screenshot, and collect console errors,
 * uncaught exceptions and Content-Security-Policy reports. No dependency beyond the JDK and Jackson.
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private Chromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** Starts Chromium with a profile in {@code profile} and attaches to its first page. */
    static Chromium start(Path profile) throws Exception {
        Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader stderr = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        String browser = null;
        while (browser == null) {
            String line = stderr.readLine();
            if (line == null) {
                break;
            }
            Matcher matcher = LISTENING.matcher(line);
            browser = matcher.find() ? matcher.group(1) : null;
        }
        if (browser == null) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not open its DevTools port");
        }
        Thread drain = new Thread(() -> stderr.lines().forEach(line -> { }));
        drain.setDaemon(true);
        drain.start();
        URI http = URI.create(browser.replace("ws://", "http://")).resolve("/json/list");
        HttpClient client = HttpClient.newHttpClient();
        String page = null;
        for (int attempt = 0; attempt < 50 && page == null; attempt++) {
            JsonNode targets = JSON.readTree(client.send(HttpRequest.newBuilder(http).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode target : targets) {
                if ("page".equals(target.path("type").asText())) {
                    page = target.path("webSocketDebuggerUrl").asText();
                }
            }
            if (page == null) {
                Thread.sleep(100);
            }
        }
        Listener listener = new Listener();
        WebSocket socket = client.newWebSocketBuilder().buildAsync(URI.create(page), listener).get(10, TimeUnit.SECONDS);
        Chromium chromium = new Chromium(process, socket);
        listener.owner = chromium;
        chromium.send("Runtime.enable", Map.of());
        chromium.send("Log.enable", Map.of());
        chromium.send("Page.enable", Map.of());
        return chromium;
    }

    /** Sets the viewport and loads {@code file}, returning once its load event fired. */
    void open(Path file, int width, int height) throws Exception {
        send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                "mobile", false));
        loaded = new CompletableFuture<>();
        send("Page.navigate", Map.of("url", file.toUri().toString()));
        loaded.get(30, TimeUnit.SECONDS);
    }

    /** Evaluates {@code expression} in the page and returns its value, as JSON. */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("page script failed: " + result.path("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Writes a PNG of the viewport, or of the whole page when {@code fullPage}. */
    void screenshot(Path file, boolean fullPage) throws Exception {
        JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", fullPage));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
    }

    /**
     * Writes a PNG of the element {@code selector} (the whole of it, scrolled or not); false when the
     * page has no such element.
     */
    boolean screenshot(Path file, String selector) throws Exception {
        JsonNode box = evaluate("(() => { const e = document.querySelector('" + selector + "'); if (!e) return null;"
                + " const r = e.getBoundingClientRect(); return [r.left + scrollX, r.top + scrollY, r.width, r.height]; })()");
        if (!box.isArray()) {
            return false;
        }
        Map<String, Object> clip = Map.of("x", box.get(0).asDouble(), "y", box.get(1).asDouble(),
                "width", box.get(2).asDouble(), "height", Math.min(box.get(3).asDouble(), 8000), "scale", 1);
        JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", clip));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
        return true;
    }

    /** Console errors, uncaught exceptions and security (CSP) reports seen so far. */
    List<String> errors() {
        return new ArrayList<>(errors);
    }

    private JsonNode send(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
        JsonNode reply = answer.get(60, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + ": " + reply.path("error"));
        }
        return reply.path("result");
    }

    private void receive(String text) throws IOException {
        JsonNode message = JSON.readTree(text);
        if (message.has("id")) {
            CompletableFuture<JsonNode> answer = pending.remove(message.path("id").asInt());
            if (answer != null) {
                answer.complete(message);
            }
            return;
        }
        JsonNode params = message.path("params");
        switch (message.path("method").asText()) {
            case "Page.loadEventFired" -> loaded.complete(null);
            case "Runtime.exceptionThrown" -> errors.add("exception: " + params.path("exceptionDetails"));
            case "Runtime.consoleAPICalled" -> {
                if ("error".equals(params.path("type").asText()) || "warning".equals(params.path("type").asText())) {
                    errors.add("console: " + params.path("args"));
                }
            }
            case "Log.entryAdded" -> {
                JsonNode entry = params.path("entry");
                if ("error".equals(entry.path("level").asText()) || "security".equals(entry.path("source").asText())) {
                    errors.add("log: " + entry.path("text").asText());
                }
            }
            default -> { }
        }
    }

    @Override
    public void close() throws Exception {
        socket.abort();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();
        private volatile Chromium owner;

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    owner.receive(text);
                } catch (IOException e) {
                    owner.errors.add("unreadable DevTools message: " + e.getMessage());
                }
            }
            socket.request(1);
            return null;
        }
    }
}
