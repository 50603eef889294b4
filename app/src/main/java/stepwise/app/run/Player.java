package stepwise.app.run;

import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import stepwise.engine.HistoryEvent;
import stepwise.engine.replay.ExecutionPicture;
import stepwise.engine.replay.Replay;

/**
 * Plays a history: the position {@code k} (events applied, 0 to {@link #sizeProperty()}), play and
 * pause, step forward and back, jump, scrub and speed are all moves of {@code k}, and the picture at
 * {@code k} comes from the {@link Replay}. While playing, {@link #travelProperty()} runs from 0 to 1
 * between two events so that the canvas can move the token along its edge. With {@link #followProperty()}
 * on (a live run), new events move the player to the end. FX thread only.
 */
public final class Player {
    /** Events per second at speed 1. */
    static final double BASE_RATE = 2.0;
    public static final double MIN_SPEED = 0.25;
    public static final double MAX_SPEED = 16;

    private final ReadOnlyObjectWrapper<Replay> replay = new ReadOnlyObjectWrapper<>(this, "replay");
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(this, "size");
    private final IntegerProperty position = new SimpleIntegerProperty(this, "position");
    private final ReadOnlyObjectWrapper<ExecutionPicture> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final ReadOnlyDoubleWrapper travel = new ReadOnlyDoubleWrapper(this, "travel", 1);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1);
    private final BooleanProperty follow = new SimpleBooleanProperty(this, "follow");
    private final ObjectProperty<Integer> followedToken = new SimpleObjectProperty<>(this, "followedToken");
    private final ReadOnlyObjectWrapper<ExecutionPicture> followedPicture = new ReadOnlyObjectWrapper<>(this, "followedPicture");
    private final ObservableSet<String> pauseAt = FXCollections.observableSet();
    private final AnimationTimer clock;
    private long lastFrame;
    private double between;

    public Player() {
        position.addListener((obs, before, after) -> {
            int k = after.intValue();
            int clamped = Math.max(0, Math.min(size.get(), k));
            if (clamped != k) {
                position.set(clamped);
                return;
            }
            showPicture();
        });
        speed.addListener((obs, before, after) -> {
            double s = after.doubleValue();
            if (s < MIN_SPEED || s > MAX_SPEED) {
                speed.set(Math.max(MIN_SPEED, Math.min(MAX_SPEED, s)));
            }
        });
        followedToken.addListener((obs, before, after) -> showPicture());
        playing.addListener((obs, before, after) -> {
            if (after) {
                if (position.get() >= size.get()) {
                    position.set(0);
                }
                lastFrame = 0;
                between = 0;
                clockStart();
            } else {
                clockStop();
                travel.set(1);
            }
        });
        clock = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(now);
            }
        };
    }

    private void clockStart() {
        clock.start();
    }

    private void clockStop() {
        clock.stop();
    }

    /** Advances by the time since the last frame: whole events, and the travel toward the next. */
    void frame(long now) {
        if (lastFrame == 0) {
            lastFrame = now;
            return;
        }
        double seconds = (now - lastFrame) / 1e9;
        lastFrame = now;
        advance(seconds);
    }

    /** Plays {@code seconds} of time: the position moves by {@code seconds * 2 * speed} events, pausing where asked. */
    void advance(double seconds) {
        between += seconds * BASE_RATE * speed.get();
        while (between >= 1 && playing.get()) {
            between -= 1;
            if (position.get() >= size.get()) {
                playing.set(false);
                return;
            }
            position.set(position.get() + 1);
            if (shouldPauseHere()) {
                playing.set(false);
                return;
            }
        }
        if (playing.get()) {
            travel.set(Math.min(1, between * 2));
        }
    }

    private boolean shouldPauseHere() {
        int k = position.get();
        if (pauseAt.isEmpty() || k == 0) {
            return false;
        }
        Replay r = replay.get();
        HistoryEvent e = r.event(k - 1);
        return e.type().name().endsWith("StateEntered") && pauseAt.contains(r.nodeIdOf(k - 1));
    }

    /** Watches {@code r} from its start (or null for nothing). */
    public void setReplay(Replay r) {
        playing.set(false);
        followedToken.set(null);
        replay.set(r);
        size.set(r == null ? 0 : r.size());
        if (position.get() == 0) {
            showPicture();
        } else {
            position.set(0);
        }
    }

    /** The replay grew (a live run): show the new end when following. */
    public void refresh() {
        Replay r = replay.get();
        int before = size.get();
        size.set(r == null ? 0 : r.size());
        if (follow.get() && !playing.get() && position.get() == before) {
            position.set(size.get());
        }
    }

    private void showPicture() {
        Replay r = replay.get();
        if (r == null) {
            picture.set(null);
            followedPicture.set(null);
            return;
        }
        int k = Math.min(position.get(), r.size());
        picture.set(r.pictureAt(k));
        Integer t = followedToken.get();
        followedPicture.set(t == null ? null : r.pictureOfToken(t, k));
    }

    public void play() {
        if (size.get() > 0) {
            playing.set(true);
        }
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    public void stepForward() {
        pause();
        seek(position.get() + 1);
    }

    public void stepBack() {
        pause();
        seek(position.get() - 1);
    }

    public void toStart() {
        pause();
        seek(0);
    }

    public void toEnd() {
        pause();
        seek(size.get());
    }

    /** Moves to event {@code k} (clamped to the history). */
    public void seek(int k) {
        travel.set(1);
        position.set(Math.max(0, Math.min(size.get(), k)));
    }

    public ReadOnlyObjectProperty<Replay> replayProperty() {
        return replay.getReadOnlyProperty();
    }

    public Replay getReplay() {
        return replay.get();
    }

    public ReadOnlyIntegerProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** {@code k}: how many events are shown. */
    public IntegerProperty positionProperty() {
        return position;
    }

    public int getPosition() {
        return position.get();
    }

    public ReadOnlyObjectProperty<ExecutionPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    public ExecutionPicture getPicture() {
        return picture.get();
    }

    /** 0 to 1: how far the token that moved at {@code k} has travelled along its edge. */
    public ReadOnlyDoubleProperty travelProperty() {
        return travel.getReadOnlyProperty();
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** 0.25 to 16. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** True while a live run is watched: new events move the player to the end. */
    public BooleanProperty followProperty() {
        return follow;
    }

    /** The token (a Map iteration, a branch) the user follows, or null. */
    public ObjectProperty<Integer> followedTokenProperty() {
        return followedToken;
    }

    /** The picture of the followed token at {@code k}, or null. */
    public ReadOnlyObjectProperty<ExecutionPicture> followedPictureProperty() {
        return followedPicture.getReadOnlyProperty();
    }

    /** The states at which playing pauses when a token enters them (teaching mode). */
    public ObservableSet<String> pauseAt() {
        return pauseAt;
    }
}
