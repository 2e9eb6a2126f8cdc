using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// Morphs one string mobject into another by matching their sources: repeatedly the longest common run of symbols
/// (earliest in the source, then in the target) is paired and set aside; then leftover glyphs of identical shape pair up;
/// the rest fade out toward the target's centre or in from the source's centre. 2 s by default.
/// </summary>
public class TransformMatchingStrings : TransformMatchingParts
{
    /// <summary>Creates the animation.</summary>
    /// <param name="source">The string shown now (Text, Tex or TexText).</param>
    /// <param name="target">The string it becomes.</param>
    /// <param name="pathArc">Arc every moving piece travels along.</param>
    /// <param name="runTime">Duration.</param>
    /// <param name="lagRatio">Stagger between the piece animations.</param>
    /// <param name="matchedKeys">Substrings to pair first, occurrence by occurrence.</param>
    /// <param name="keyMap">Source substrings to pair with different target substrings.</param>
    public TransformMatchingStrings(StringMobject source, StringMobject target, double pathArc = 0, double runTime = 2, double lagRatio = 0,
        IEnumerable<string>? matchedKeys = null, IReadOnlyDictionary<string, string>? keyMap = null)
        : base(source, target, Plan(source, target, matchedKeys, keyMap), pathArc, runTime, lagRatio)
    {
    }

    private static MatchPlan Plan(StringMobject source, StringMobject target, IEnumerable<string>? matchedKeys, IReadOnlyDictionary<string, string>? keyMap)
    {
        var src = source.Submobjects.Cast<VMobject>().ToList();
        var tgt = target.Submobjects.Cast<VMobject>().ToList();
        var usedS = new bool[src.Count];
        var usedT = new bool[tgt.Count];
        var pairs = new List<(List<VMobject>, List<VMobject>)>();

        void Pair(int s0, int s1, int t0, int t1) =>
            PairGlyphs(Enumerable.Range(s0, Math.Max(0, s1 - s0)).ToList(), Enumerable.Range(t0, Math.Max(0, t1 - t0)).ToList());

        void PairGlyphs(IReadOnlyList<int> s, IReadOnlyList<int> t)
        {
            s = s.Where(i => i < src.Count).ToList();
            t = t.Where(i => i < tgt.Count).ToList();
            if (s.Count == 0 || t.Count == 0) return;
            // A pair is taken only when none of its glyphs is already spoken for.
            if (s.Any(i => usedS[i]) || t.Any(i => usedT[i])) return;
            foreach (int i in s) usedS[i] = true;
            foreach (int i in t) usedT[i] = true;
            pairs.Add((s.Select(i => src[i]).ToList(), t.Select(i => tgt[i]).ToList()));
        }

        // 1. Author-specified pairs, by their exact glyphs (a Tex piece's glyphs need not be consecutive).
        var explicitPairs = (matchedKeys ?? []).Select(k => (k, k)).Concat(keyMap?.Select(kv => (kv.Key, kv.Value)) ?? []);
        foreach (var (a, b) in explicitPairs)
        {
            var ga = source.GetGlyphIndices(a);
            var gb = target.GetGlyphIndices(b);
            for (int i = 0; i < Math.Min(ga.Count, gb.Count); i++) PairGlyphs(ga[i], gb[i]);
        }

        // 2. Longest common runs of symbols.
        var symS = source.GetSymbols();
        var symT = target.GetSymbols();
        var startS = CumulativeStarts(symS);
        var startT = CumulativeStarts(symT);
        var blankS = new bool[symS.Count];
        var blankT = new bool[symT.Count];
        for (int i = 0; i < symS.Count; i++) blankS[i] = AllUsed(usedS, startS[i], startS[i] + symS[i].GlyphCount);
        for (int i = 0; i < symT.Count; i++) blankT[i] = AllUsed(usedT, startT[i], startT[i] + symT[i].GlyphCount);
        while (true)
        {
            var (i, j, len) = LongestCommonRun(symS, blankS, symT, blankT);
            if (len == 0) break;
            for (int k = 0; k < len; k++)
            {
                blankS[i + k] = true;
                blankT[j + k] = true;
            }
            int glyphsS = Enumerable.Range(i, len).Sum(k => symS[k].GlyphCount);
            int glyphsT = Enumerable.Range(j, len).Sum(k => symT[k].GlyphCount);
            if (glyphsS > 0 && glyphsT > 0) Pair(startS[i], startS[i] + glyphsS, startT[j], startT[j] + glyphsT);
        }

        // 3. Leftover glyphs with identical shapes.
        for (int s = 0; s < src.Count; s++)
        {
            if (usedS[s]) continue;
            for (int t = 0; t < tgt.Count; t++)
            {
                if (usedT[t] || !SameShape(src[s], tgt[t])) continue;
                Pair(s, s + 1, t, t + 1);
                break;
            }
        }

        return new MatchPlan(pairs,
            src.Where((_, k) => !usedS[k]).ToList(),
            tgt.Where((_, k) => !usedT[k]).ToList());
    }

    private static bool AllUsed(bool[] used, int start, int end)
    {
        if (end <= start) return false;
        for (int i = start; i < Math.Min(end, used.Length); i++) if (!used[i]) return false;
        return true;
    }

    private static int[] CumulativeStarts(IReadOnlyList<(string Symbol, int GlyphCount)> symbols)
    {
        var starts = new int[symbols.Count];
        int acc = 0;
        for (int i = 0; i < symbols.Count; i++)
        {
            starts[i] = acc;
            acc += symbols[i].GlyphCount;
        }
        return starts;
    }

    // Longest run of equal, unblanked symbols; ties go to the earliest source position, then the earliest target position.
    private static (int I, int J, int Length) LongestCommonRun(IReadOnlyList<(string Symbol, int GlyphCount)> a, bool[] blankA,
        IReadOnlyList<(string Symbol, int GlyphCount)> b, bool[] blankB)
    {
        int best = 0, bi = 0, bj = 0;
        var prev = new int[b.Count + 1];
        var cur = new int[b.Count + 1];
        for (int i = 1; i <= a.Count; i++)
        {
            for (int j = 1; j <= b.Count; j++)
            {
                bool match = !blankA[i - 1] && !blankB[j - 1] && a[i - 1].Symbol == b[j - 1].Symbol;
                cur[j] = match ? prev[j - 1] + 1 : 0;
                if (cur[j] > best)
                {
                    best = cur[j];
                    bi = i - best;
                    bj = j - best;
                }
            }
            (prev, cur) = (cur, prev);
        }
        // Runs made only of glyph-less symbols (e.g. "\textbf") are not worth pairing on their own.
        if (best > 0 && Enumerable.Range(bi, best).All(k => a[k].GlyphCount == 0))
        {
            for (int k = 0; k < best; k++) blankA[bi + k] = true;
            return LongestCommonRun(a, blankA, b, blankB);
        }
        return (bi, bj, best);
    }
}
