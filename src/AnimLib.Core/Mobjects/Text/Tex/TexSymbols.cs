namespace AnimLib.Mobjects;

/// <summary>
/// Splits a LaTeX source into symbols (control words and visible characters) and estimates how many glyphs each one
/// produces (ManimGL's rule). Substring selection reads glyphs from a labelled compile instead and uses this estimate
/// only where that cannot answer (see <c>Tex.GetGlyphIndices</c>); <c>Tex.GetSymbols</c> is built on it.
/// </summary>
internal static class TexSymbols
{
    // Commands that only change layout or font: they produce no glyph of their own.
    private static readonly HashSet<string> ZeroGlyph =
    [
        "text", "textbf", "textit", "textrm", "textsf", "texttt", "emph", "mathrm", "mathbf", "mathit", "mathsf", "mathtt",
        "mathcal", "mathbb", "mathscr", "mathfrak", "boldsymbol", "bm", "operatorname", "quad", "qquad", "left", "right",
        "big", "Big", "bigg", "Bigg", "displaystyle", "textstyle", "scriptstyle", "hspace", "vspace", "centering", "color",
        "textcolor", "mbox", "hbox", "limits", "nolimits", "small", "large", "Large", "tiny", "normalsize", "huge", "Huge",
        "rm", "bf", "it", "sf", "tt", "label", "nonumber", "notag", "hfill", "vfill", "newline", "noindent", "phantom",
        "begin", "end", "underbrace", "overbrace",
    ];

    private static readonly HashSet<string> ThreeGlyphs =
    [
        "dots", "cdots", "ldots", "vdots", "ddots", "exp", "cos", "sin", "tan", "cot", "sec", "csc", "log", "max", "min",
        "lim", "det", "arg", "deg", "dim", "gcd", "hom", "ker", "sup", "inf",
    ];

    private static readonly Dictionary<string, int> OtherCounts = new()
    {
        ["ln"] = 2, ["lg"] = 2, ["arcsin"] = 6, ["arccos"] = 6, ["arctan"] = 6, ["sinh"] = 4, ["cosh"] = 4, ["tanh"] = 4,
        ["limsup"] = 6, ["liminf"] = 6, ["Pr"] = 2, ["sqrt"] = 2,
        // A fraction draws its bar (a rule); counting it 0 put every later symbol one glyph early.
        ["frac"] = 1, ["dfrac"] = 1, ["tfrac"] = 1,
    };

    private static readonly string[] TextLigatures = ["---", "--", "``", "''"];

    /// <summary>A symbol of the source: where it starts, its text, and its estimated glyph count.</summary>
    internal readonly record struct Symbol(int Start, string Text, int Glyphs);

    /// <summary>Tokenizes <paramref name="source"/>.</summary>
    internal static List<Symbol> Tokenize(string source)
    {
        var symbols = new List<Symbol>();
        int i = 0;
        while (i < source.Length)
        {
            char c = source[i];
            if (c == '\\')
            {
                int j = i + 1;
                while (j < source.Length && char.IsLetter(source[j])) j++;
                if (j == i + 1 && j < source.Length) j++; // control symbol: \, \; \{ \\ ...
                string word = source[(i + 1)..j];
                if (word is "begin" or "end" or "phantom" or "hspace" or "vspace" or "label" or "color")
                {
                    // The braced argument is a name or a length, not typeset material.
                    int k = SkipBracedArgument(source, j);
                    symbols.Add(new Symbol(i, source[i..k], 0));
                    i = k;
                    continue;
                }
                symbols.Add(new Symbol(i, "\\" + word, GlyphsOf(word)));
                i = j;
                continue;
            }
            // TeX ligatures of text mode: `` and '' are one quote glyph each, -- and --- one dash.
            foreach (var ligature in TextLigatures)
            {
                if (string.CompareOrdinal(source, i, ligature, 0, ligature.Length) != 0) continue;
                symbols.Add(new Symbol(i, ligature, 1));
                i += ligature.Length;
                goto next;
            }
            if (c is '^' or '{' or '}' or '_' or '$' or '&' || char.IsWhiteSpace(c))
            {
                symbols.Add(new Symbol(i, c.ToString(), 0));
                i++;
                continue;
            }
            symbols.Add(new Symbol(i, c.ToString(), 1));
            i++;
        next:;
        }
        return symbols;
    }

    private static int GlyphsOf(string word)
    {
        if (word.Length == 1 && !char.IsLetter(word[0])) return word is "{" or "}" or "$" or "%" or "&" or "#" or "_" or "|" ? 1 : 0;
        if (ZeroGlyph.Contains(word)) return 0;
        if (ThreeGlyphs.Contains(word)) return 3;
        return OtherCounts.TryGetValue(word, out int n) ? n : 1;
    }

    private static int SkipBracedArgument(string s, int j)
    {
        while (j < s.Length && s[j] == ' ') j++;
        if (j < s.Length && s[j] == '[')
        {
            int close = s.IndexOf(']', j);
            if (close > 0) j = close + 1;
        }
        if (j >= s.Length || s[j] != '{') return j;
        int depth = 0;
        for (int k = j; k < s.Length; k++)
        {
            if (s[k] == '{') depth++;
            else if (s[k] == '}' && --depth == 0) return k + 1;
        }
        return s.Length;
    }

    /// <summary>The glyph offsets for each character position (see <c>StringMobject.GlyphOffsets</c>).</summary>
    internal static int[] GlyphOffsets(string source, IReadOnlyList<Symbol> symbols)
    {
        var offsets = new int[source.Length + 1];
        int s = 0, count = 0;
        for (int i = 0; i <= source.Length; i++)
        {
            while (s < symbols.Count && symbols[s].Start < i)
            {
                count += symbols[s].Glyphs;
                s++;
            }
            offsets[i] = count;
        }
        return offsets;
    }
}
