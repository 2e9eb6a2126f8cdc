namespace AnimLib.Scenes.Mlp;

/// <summary>
/// A row of <see cref="NumericEmbedding"/> column vectors in one pair of tall brackets, with "…" in place of one of them:
/// the chapter's picture of a sequence of token embeddings. Children: <c>[Embeddings, Dots, Brackets]</c>.
/// </summary>
public class EmbeddingArray : VGroup
{
    /// <summary>Creates the array.</summary>
    /// <param name="shape">(entries per vector, number of vectors).</param>
    /// <param name="random">Source of the random entries.</param>
    /// <param name="height">Height of the vectors.</param>
    /// <param name="dotsIndex">Which vector is replaced by "…" (negative counts from the end).</param>
    /// <param name="buffRatio">Gap between vectors as a fraction of one vector's width.</param>
    /// <param name="bracketColor">Colour of the outer brackets.</param>
    /// <param name="backstrokeWidth">Width of the black backstroke behind everything.</param>
    public EmbeddingArray((int Length, int Count)? shape = null, Random? random = null, double height = 4, int dotsIndex = -4, double buffRatio = 0.4,
        Color? bracketColor = null, double backstrokeWidth = 3)
    {
        var (length, count) = shape ?? (10, 9);
        var embeddings = new VGroup<NumericEmbedding>(Enumerable.Range(0, count).Select(_ => new NumericEmbedding(length: length, random: random)));
        embeddings.SetHeight(height);
        double width = embeddings[0].GetWidth();
        embeddings.Arrange(Directions.Right, buff: buffRatio * width);
        double bracketHeight = 1.1 * embeddings.GetHeight();
        var left = new MatrixBracket(bracketHeight, isLeft: true);
        var right = new MatrixBracket(bracketHeight, isLeft: false);
        left.NextTo(embeddings, Directions.Left, buff: 0).MatchY(embeddings);
        right.NextTo(embeddings, Directions.Right, buff: 0).MatchY(embeddings);
        var brackets = new VGroup(left, right).SetFill(bracketColor ?? Palette.GreyB);
        var dots = new VGroup();
        this.Add(embeddings, dots, brackets);
        this.SetBackstroke(Palette.Black, backstrokeWidth);

        int index = dotsIndex < 0 ? dotsIndex + count : dotsIndex;
        if (index >= 0 && index < count)
        {
            var replaced = embeddings[index];
            var dot = new Tex(@"\dots", fontSize: 60);
            dot.SetWidth(0.75 * width).MoveTo(replaced);
            embeddings.Remove(replaced);
            dots.Add(dot);
        }
        Embeddings = embeddings;
        Dots = dots;
        Brackets = brackets;
    }

    /// <summary>The vectors still shown (the one replaced by dots is gone).</summary>
    public VGroup<NumericEmbedding> Embeddings { get; private set; }

    /// <summary>The "…" standing for the replaced vector.</summary>
    public VGroup Dots { get; private set; }

    /// <summary>The outer brackets.</summary>
    public VGroup Brackets { get; private set; }

    /// <inheritdoc/>
    protected override void RemapReferences(Mobject original, IReadOnlyDictionary<Mobject, Mobject> map)
    {
        base.RemapReferences(original, map);
        Embeddings = Remap(Embeddings, map);
        Dots = Remap(Dots, map);
        Brackets = Remap(Brackets, map);
    }
}
