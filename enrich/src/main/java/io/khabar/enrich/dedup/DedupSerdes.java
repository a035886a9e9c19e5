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

    private static final byte FORMAT = 1;

    private interface Writer<T> {
        void write(Out out, T value) throws IOException;
    }

    private interface Reader<T> {
        T read(In in) throws IOException;
    }

    private DedupSerdes() {
    }

    public static Serde<BandEntry> bandEntry() {
        return serde(DedupSerdes::writeEntry, DedupSerdes::readEntry);
    }

    /** An LSH bucket: per distinct text its exact hash, shingles and remembered copies. */
    public static Serde<Bucket> bucket() {
        return serde((out, b) -> {
            out.writeInt(b.members().size());
            for (BucketMember m : b.members()) {
                out.writeLong(m.exactHash());
                out.writeInts(m.features());
                out.writeInt(m.copies().size());
                for (UnitRef copy : m.copies()) {
                    writeRef(out, copy);
                }
            }
        }, in -> {
            int n = in.readInt();
            List<BucketMember> members = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                long exact = in.readLong();
                int[] features = in.readInts();
                int c = in.readInt();
                List<UnitRef> copies = new ArrayList<>(c);
                for (int j = 0; j < c; j++) {
                    copies.add(readRef(in));
                }
                members.add(new BucketMember(exact, features, copies));
            }
            return new Bucket(members);
        });
    }

    public static Serde<BandBatch> bandBatch() {
        return serde((out, b) -> {
            out.writeUTF(b.articleId());
            out.writeLong(b.articleTs());
            out.writeInt(b.entries().size());
            for (BandEntry e : b.entries()) {
                writeEntry(out, e);
            }
        }, in -> {
            String id = in.readUTF();
            long ts = in.readLong();
            int n = in.readInt();
            List<BandEntry> entries = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                entries.add(readEntry(in));
            }
            return new BandBatch(id, ts, entries);
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

    private static void writeEntry(Out out, BandEntry e) throws IOException {
        writeRef(out, e.unit());
        out.writeLong(e.bandKey());
        out.writeLong(e.exactHash());
        out.writeInts(e.features());
    }

    private static BandEntry readEntry(In in) throws IOException {
        UnitRef ref = readRef(in);
        long key = in.readLong();
        long exact = in.readLong();
        return new BandEntry(ref, key, exact, in.readInts());
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
                    throw new SerializationException("unknown dedup record format " + format);
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
