// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.internal.persistence;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The buffered stream a load reads: it refuses to read more than a limit, and remembers what is needed to explain
 * a parse failure in words: whether the reader consumed the whole input, and the first bytes. Mark and reset are
 * supported (EMF reads the encoding ahead); bytes read again after a reset count once.
 */
public final class LoadInputStream extends FilterInputStream {

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final int HEAD_SIZE = 512;

    private final long limit;
    private final byte[] head = new byte[HEAD_SIZE];
    private int headLength;
    private long position;
    private long markPosition;
    private long length;
    private boolean endReached;

    /**
     * @param in the stream to read
     * @param limit the largest number of bytes to read; reading more throws an {@link InputLimitException}
     */
    public LoadInputStream(InputStream in, long limit) {
        super(new BufferedInputStream(in, BUFFER_SIZE));
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            endReached = true;
        } else {
            if (position < HEAD_SIZE) {
                head[(int) position] = (byte) b;
            }
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        int read = in.read(buffer, offset, count);
        if (read < 0) {
            endReached = true;
        } else if (read > 0) {
            if (position < HEAD_SIZE) {
                System.arraycopy(buffer, offset, head, (int) position, (int) Math.min(read, HEAD_SIZE - position));
            }
            advance(read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = in.skip(n);
        advance(skipped);
        return skipped;
    }

    @Override
    public synchronized void mark(int readLimit) {
        in.mark(readLimit);
        markPosition = position;
    }

    @Override
    public synchronized void reset() throws IOException {
        in.reset();
        position = markPosition;
        endReached = false;
    }

    private void advance(long bytes) throws InputLimitException {
        position += bytes;
        if (position > length) {
            length = position;
            headLength = (int) Math.min(length, HEAD_SIZE);
            if (length > limit) {
                throw new InputLimitException(limit);
            }
        }
    }

    /** @return {@code true} if the last read reached the end of the input (the reader consumed all of it) */
    public boolean isEndReached() {
        return endReached;
    }

    /** @return {@code true} if the whole input was read and holds nothing but white space */
    public boolean isBlank() {
        return endReached && length == headLength && head().isBlank();
    }

    /** @return {@code true} if the input starts, after white space, with a markup character */
    public boolean looksLikeXml() {
        String head = head();
        if (head.startsWith("\uFEFF")) { //$NON-NLS-1$
            head = head.substring(1);
        }
        return head.stripLeading().startsWith("<"); //$NON-NLS-1$
    }

    /** @return {@code true} if the first bytes hold a document type declaration */
    public boolean headHasDoctype() {
        return head().contains("<!DOCTYPE"); //$NON-NLS-1$
    }

    private String head() {
        return new String(head, 0, headLength, StandardCharsets.UTF_8);
    }
}
