package org.longjiang.atlas.app.timeline;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** What drives "play": a tick per year at a rate; the window's is an animation, tests step their own. */
public interface PlayClock {
    /** Starts calling {@code tick} {@code perSecond} times a second, on the FX thread. */
    void start(double perSecond, Runnable tick);

    void setRate(double perSecond);

    void stop();

    /** A JavaFX animation: one key frame a second, played at the rate. */
    static PlayClock animation() {
        return new PlayClock() {
            private final Timeline timeline = new Timeline();

            @Override
            public void start(double perSecond, Runnable tick) {
                timeline.stop();
                timeline.getKeyFrames().setAll(new KeyFrame(Duration.seconds(1), e -> tick.run()));
                timeline.setCycleCount(Animation.INDEFINITE);
                timeline.setRate(perSecond);
                timeline.play();
            }

            @Override
            public void setRate(double perSecond) {
                timeline.setRate(perSecond);
            }

            @Override
            public void stop() {
                timeline.stop();
            }
        };
    }
}
