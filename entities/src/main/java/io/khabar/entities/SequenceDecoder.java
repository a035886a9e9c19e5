package io.khabar.entities;

/** Best label sequence for a sentence of hashed features: a trained {@link PerceptronModel} or its compact form. */
interface SequenceDecoder {

    /** Hash bits of the feature ids. */
    int bits();

    /** Feature ids per token. */
    int templates();

    /** Best IOB2 label sequence for {@code n} tokens with {@link #templates()} features each. */
    int[] decode(int[] feats, int n);
}
