package org.longjiang.atlas.app.state;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * One-off requests, delivered to every subscriber once, in order. Unlike a property, the same
 * request twice is delivered twice (a tour can show the same stop again) and nothing is kept.
 */
public final class RequestStream<T> {
    private final List<Consumer<? super T>> subscribers = new CopyOnWriteArrayList<>();

    /** Receives every request sent from now on; returns what cancels the subscription. */
    public Runnable subscribe(Consumer<? super T> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    void send(T request) {
        subscribers.forEach(s -> s.accept(request));
    }
}
