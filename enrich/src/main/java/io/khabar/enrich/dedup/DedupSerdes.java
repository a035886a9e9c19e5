package io.khabar.enrich.dedup;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Compact binary serdes of the dedup records on internal topics and in stores (JSON would dominate the cost of a
 * band entry). Every value starts with a format byte so that a later layout can be told apart.
 */
public final class DedupSerdes {

    /** 2: shingles as 16-bit values (1 wrote them as 32-bit ones). */
    private static final byte FORMAT = 2;

    private interface Writer<T> {
        void write(Out out, T value) throws IOException;
    }

    private interface Reader<T> {
        T read(In in) throws IOException;
    }

    private DedupSerdes() {
    }

    /**
     * An LSH bucket: the exact hashes, shingle counts, sketches and first-seen times of its texts. The first-seen times
     * come last, so that a bucket written before they existed still reads (with times unknown).
     */
    public static Serde<Bucket> bucket() {
        return serde((out, b) -> {
            out.writeLongs(b.hashes());
            out.writeInts(b.sizes());
            out.writeBytes(b.sketches());
            out.writeInts(b.firstSeen());
        }, in -> {
            long[] hashes = in.readLongs();
            int[] sizes = in.readInts();
            byte[] sketches = in.readBytes();
            return in.atEnd() ? Bucket.withoutFirstSeen(hashes, sizes, sketches)
                    : new Bucket(hashes, sizes, sketches, in.readInts());
        });
    }

    /** A unit reference. */
    public static Serde<UnitRef> unitRef() {
        return serde(DedupSerdes::writeRef, DedupSerdes::readRef);
    }

    /** A known text: its shingles, remembered copies and, when known, its first copy's lead. */
    public static Serde<KnownText> knownText() {
        return serde((out, t) -> {
            out.writeShingles(t.features());
            out.writeInt(t.copies().size());
            for (UnitRef copy : t.copies()) {
                writeRef(out, copy);
            }
            if (t.lead() != null) { // written last: a record of an older version ends before it (lead not known)
                out.writeBoolean(t.lead().unit() != null);
                if (t.lead().unit() != null) {
                    writeRef(out, t.lead().unit());
                    out.writeDouble(t.lead().similarity());
                }
            }
        }, in -> {
            int[] features = in.readShingles();
            int n = in.readInt();
            List<UnitRef> copies = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                copies.add(readRef(in));
            }
            KnownText.Lead lead = null;
            if (!in.atEnd()) {
                lead = in.readBoolean() ? new KnownText.Lead(readRef(in), in.readDouble()) : KnownText.Lead.NONE;
            }
            return new KnownText(features, copies, lead);
        });
    }

    /** A band batch: article id and timestamp once, then per unit its place, text hash, shingles and band keys. */
    public static Serde<BandBatch> bandBatch() {
        return serde((out, b) -> {
            out.writeUTF(b.articleId());
            out.writeLong(b.articleTs());
            out.writeInt(b.units().size());
            for (BandUnit u : b.units()) {
                out.writeInt(u.unit().paragraph());
                out.writeInt(u.unit().start());
                out.writeInt(u.unit().end());
                out.writeByte(u.unit().kind().ordinal());
                out.writeLong(u.exactHash());
                out.writeShingles(u.features());
                out.writeLongs(u.bandKeys());
                out.writeBytes(u.sketch());
            }
            out.writeInt(b.source());
        }, in -> {
            String id = in.readUTF();
            long ts = in.readLong();
            int n = in.readInt();
            List<BandUnit> units = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                UnitRef ref = new UnitRef(id, ts, in.readInt(), in.readInt(), in.readInt(),
                        UnitKind.values()[in.readByte()]);
                units.add(new BandUnit(ref, in.readLong(), in.readShingles(), in.readLongs(), in.readBytes()));
            }
            return new BandBatch(id, ts, units, in.atEnd() ? -1 : in.readInt()); // older records: unknown
        });
    }

    public static Serde<MatchReport> matchReport() {
        return serde((out, r) -> {
            out.writeBoolean(r.correction());
            out.writeUTF(r.articleId());
            out.writeLong(r.articleTs());
            writeMatches(out, r.matches());
        }, in -> new MatchReport(in.readBoolean(), in.readUTF(), in.readLong(), readMatches(in)));
    }

    public static Serde<ArticleProgress> articleProgress() {
        return serde((out, p) -> {
            out.writeInt(p.expected());
            out.writeInt(p.received());
            out.writeBoolean(p.emitted());
            writeMatches(out, p.best());
        }, in -> new ArticleProgress(in.readInt(), in.readInt(), in.readBoolean(), readMatches(in)));
    }

    private static void writeRef(Out out, UnitRef r) throws IOException {
        out.writeUTF(r.articleId());
        out.writeLong(r.timestamp());
        out.writeInt(r.paragraph());
        out.writeInt(r.start());
        out.writeInt(r.end());
        out.writeByte(r.kind().ordinal());
    }

    private static UnitRef readRef(In in) throws IOException {
        return new UnitRef(in.readUTF(), in.readLong(), in.readInt(), in.readInt(), in.readInt(),
                UnitKind.values()[in.readByte()]);
    }

    private static void writeMatches(Out out, List<UnitMatch> matches) throws IOException {
        out.writeInt(matches.size());
        for (UnitMatch m : matches) {
            writeRef(out, m.unit());
            out.writeByte(m.kind().ordinal());
            writeRef(out, m.match());
            out.writeDouble(m.similarity());
        }
    }

    private static List<UnitMatch> readMatches(In in) throws IOException {
        int n = in.readInt();
        List<UnitMatch> matches = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            matches.add(new UnitMatch(readRef(in), MatchKind.values()[in.readByte()], readRef(in), in.readDouble()));
        }
        return matches;
    }

    private static <T> Serde<T> serde(Writer<T> writer, Reader<T> reader) {
        Serializer<T> serializer = (topic, value) -> {
            if (value == null) {
                return null;
            }
            Out out = new Out();
            try {
                out.writeByte(FORMAT);
                writer.write(out, value);
            } catch (IOException e) {
                throw new SerializationException("cannot write dedup record", e);
            }
            return out.toByteArray();
        };
        Deserializer<T> deserializer = (topic, data) -> {
            if (data == null) {
                return null;
            }
            try {
                In in = new In(data);
                byte format = in.readByte();
                if (format != FORMAT) {
                    throw new SerializationException("unknown dedup record format " + format + " (this version writes "
                            + FORMAT + "; state of an older version needs a reset of the app, see README)");
                }
                return reader.read(in);
            } catch (IOException | BufferUnderflowException e) {
                throw new SerializationException("cannot read dedup record", e);
            }
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }

    /** A growable big-endian buffer (DataOutputStream over a byte stream costs a synchronized call per byte). */
    private static final class Out {
        private ByteBuffer buf = ByteBuffer.allocate(512);

        private void ensure(int n) {
            if (buf.remaining() < n) {
                ByteBuffer bigger = ByteBuffer.allocate(Math.max(buf.capacity() * 2, buf.position() + n));
                buf.flip();
                bigger.put(buf);
                buf = bigger;
            }
        }

        void writeByte(int v) {
            ensure(1);
            buf.put((byte) v);
        }

        void writeBoolean(boolean v) {
            writeByte(v ? 1 : 0);
        }

        void writeInt(int v) {
            ensure(4);
            buf.putInt(v);
        }

        void writeLong(long v) {
            ensure(8);
            buf.putLong(v);
        }

        void writeInts(int[] values) {
            writeInt(values.length);
            ensure(4 * values.length);
            buf.asIntBuffer().put(values);
            buf.position(buf.position() + 4 * values.length);
        }

        /** Shingle hashes, 16 bits each ({@link Fingerprinter}). */
        void writeShingles(int[] values) {
            writeInt(values.length);
            ensure(2 * values.length);
            for (int v : values) {
                if (v >>> 16 != 0) {
                    throw new IllegalArgumentException("shingle hash " + v + " is not a 16-bit value");
                }
                buf.putChar((char) v);
            }
        }

        void writeBytes(byte[] values) {
            writeInt(values.length);
            ensure(values.length);
            buf.put(values);
        }

        void writeLongs(long[] values) {
            writeInt(values.length);
            ensure(8 * values.length);
            buf.asLongBuffer().put(values);
            buf.position(buf.position() + 8 * values.length);
        }

        void writeDouble(double v) {
            ensure(8);
            buf.putDouble(v);
        }

        void writeUTF(String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            writeInt(bytes.length);
            ensure(bytes.length);
            buf.put(bytes);
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf.array(), buf.position());
        }
    }

    private static final class In {
        private final ByteBuffer buf;

        In(byte[] data) {
            this.buf = ByteBuffer.wrap(data);
        }

        byte readByte() {
            return buf.get();
        }

        boolean atEnd() {
            return !buf.hasRemaining();
        }

        boolean readBoolean() {
            return buf.get() != 0;
        }

        int readInt() {
            return buf.getInt();
        }

        long readLong() {
            return buf.getLong();
        }

        int[] readInts() {
            int n = buf.getInt();
            if (n < 0 || n > buf.remaining() / 4) {
                throw new BufferUnderflowException();
            }
            int[] values = new int[n];
            buf.asIntBuffer().get(values);
            buf.position(buf.position() + 4 * n);
            return values;
        }

        int[] readShingles() {
            int n = buf.getInt();
            if (n < 0 || n > buf.remaining() / 2) {
                throw new BufferUnderflowException();
            }
            int[] values = new int[n];
            for (int i = 0; i < n; i++) {
                values[i] = buf.getChar();
            }
            return values;
        }

        byte[] readBytes() {
            int n = buf.getInt();
            if (n < 0 || n > buf.remaining()) {
                throw new BufferUnderflowException();
            }
            byte[] values = new byte[n];
            buf.get(values);
            return values;
        }

        long[] readLongs() {
            int n = buf.getInt();
            if (n < 0 || n > buf.remaining() / 8) {
                throw new BufferUnderflowException();
            }
            long[] values = new long[n];
            buf.asLongBuffer().get(values);
            buf.position(buf.position() + 8 * n);
            return values;
        }

        double readDouble() {
            return buf.getDouble();
        }

        String readUTF() {
            byte[] bytes = new byte[buf.getInt()];
            buf.get(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
