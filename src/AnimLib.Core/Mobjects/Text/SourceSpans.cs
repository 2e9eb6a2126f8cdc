namespace AnimLib.Mobjects;

/// <summary>
/// Finds a span of a string mobject's source (a part of a multi-part <see cref="Tex"/>, a line of a
/// <see cref="Paragraph"/>) among the occurrences that substring selection returns, so a span's glyphs are whatever
/// <c>mob["..."]</c> gives for that occurrence.
/// </summary>
internal static class SourceSpans
{
    /// <summary>
    /// The glyphs of <paramref name="text"/> where it starts at <paramref name="start"/> in the source. When that position
    /// is not one of the non-overlapping, left-to-right occurrences selection counts (an earlier occurrence overlaps it),
    /// the glyphs the character-to-glyph map <paramref name="glyphOffsets"/> gives the span.
    /// </summary>
    public static VGroup Select(StringMobject mobject, IReadOnlyList<int> glyphOffsets, int start, string text)
    {
        if (text.Length == 0) return new VGroup();
        // The whole source drew every glyph, whatever order TeX emitted them in.
        if (start == 0 && text.Length == mobject.Source.Length) return new VGroup(mobject.Submobjects.Cast<VMobject>());
        if (SelectOccurrence(mobject, start, text) is VGroup selected) return selected;
        int n = mobject.Count;
        int from = Math.Min(glyphOffsets[start], n), to = Math.Min(glyphOffsets[start + text.Length], n);
        return new VGroup(mobject.Submobjects.Skip(from).Take(to - from).Cast<VMobject>());
    }

    private static VGroup? SelectOccurrence(StringMobject mobject, int start, string text)
    {
        int occurrence = 0, at = 0;
        // The same scan as StringMobject.GetGlyphRanges: the k-th position found here is the k-th group selected.
        while ((at = mobject.Source.IndexOf(text, at, StringComparison.Ordinal)) >= 0 && at < start)
        {
            occurrence++;
            at += text.Length;
        }
        if (at != start) return null;
        var matches = mobject.Select(text);
        return occurrence < matches.Count ? matches[occurrence] : null;
    }
}
