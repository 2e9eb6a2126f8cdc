using System.Text;

namespace AnimLib.Mobjects;

/// <summary>
/// Writes the labelled variant of a Tex source: each span to select is preceded by a colour switch that encodes its label
/// and followed by a switch back to label 0, so the colours TeX sets each glyph in (read back from the DVI by
/// <see cref="DviMarks"/>) say which span produced it.
/// </summary>
/// <remarks>
/// Switches rather than ManimGL's <c>{\color{…} span}</c> groups: a brace group turns a binary operator into an ordinary
/// atom and moves an operator's limits to its side, which reorders glyphs, while a colour switch is a whatsit that TeX's
/// spacing and limit placement skip over. A switch may not stand between a nucleus and its scripts (<c>\sum\color{…}_i</c>
/// detaches the limits), so a switch that falls there goes inside each script and after the last one instead. The
/// labelled document serves only its labels; its layout may differ from the plain one as long as the glyphs come out in
/// the same order, which the caller checks glyph by glyph.
/// </remarks>
internal static class TexLabelling
{
    /// <summary>The macro the switches call; the author's own <c>\color</c> is silenced in the labelled document so that it
    /// cannot overwrite a label.</summary>
    internal const string Setup = "\\let\\AnimlibLabel\\color\\renewcommand{\\color}[2][]{}\n";

    /// <summary>
    /// Where <paramref name="substring"/> occurs in <paramref name="source"/> (left to right, not overlapping), leaving out
    /// occurrences that start or end inside a control word (the "x" of <c>\exp</c>).
    /// </summary>
    internal static List<(int Start, int End)> Occurrences(string source, string substring)
    {
        var inside = InsideControlWord(source);
        var found = new List<(int, int)>();
        int at = 0;
        while ((at = source.IndexOf(substring, at, StringComparison.Ordinal)) >= 0)
        {
            int end = at + substring.Length;
            if (inside[at] || inside[end])
            {
                at++;
                continue;
            }
            found.Add((at, end));
            at = end;
        }
        return found;
    }

    /// <summary>
    /// The source with span k (0-based) labelled k + 1, or null when a span cannot be labelled: its braces,
    /// <c>\left</c>/<c>\right</c> or <c>\begin</c>/<c>\end</c> do not pair up inside it, or a switch would have to go
    /// inside an unbraced argument.
    /// </summary>
    internal static string? Mark(string source, IReadOnlyList<(int Start, int End)> spans)
    {
        foreach (var (start, end) in spans)
            if (!Balanced(source, start, end)) return null;
        var (text, map) = BraceScripts(source);
        var inserts = new List<(int At, int Order, string Text)>();
        for (int k = 0; k < spans.Count; k++)
        {
            var (start, end) = spans[k];
            if (!AddSwitch(text, map[start], k + 1, inserts)) return null;
            // Cells of an alignment are groups: a span that runs across "&" or "\\" starts again in each cell.
            foreach (int cell in CellStarts(source, start, end))
                if (!AddSwitch(text, map[cell], k + 1, inserts)) return null;
            if (!AddSwitch(text, map[end], 0, inserts)) return null;
        }
        var sb = new StringBuilder(text.Length + inserts.Count * 32);
        int from = 0;
        foreach (var (at, _, insert) in inserts.OrderBy(i => i.At).ThenBy(i => i.Order))
        {
            sb.Append(text, from, at - from).Append(insert);
            from = at;
        }
        return sb.Append(text, from, text.Length - from).ToString();
    }

    private static string Switch(int label) =>
        $"\\AnimlibLabel[RGB]{{{(label >> 16) & 255},{(label >> 8) & 255},{label & 255}}}";

    // Adds the switch for position p. Scripts, \limits and \nolimits right after p belong to the nucleus before p, so the
    // switch goes inside each script's (braced) argument and after the last script.
    private static bool AddSwitch(string text, int p, int label, List<(int, int, string)> inserts)
    {
        string s = Switch(label);
        int i = SkipSpaces(text, p), after = p;
        while (i < text.Length)
        {
            if (text[i] is '^' or '_' && !Escaped(text, i))
            {
                int arg = SkipSpaces(text, i + 1);
                if (arg + 1 >= text.Length || text[arg] != '{' || text[arg + 1] != '{') return false;
                inserts.Add((arg + 2, inserts.Count, s));
                i = after = MatchingBrace(text, arg) + 1;
            }
            else if (StartsWithWord(text, i, "\\limits") || StartsWithWord(text, i, "\\nolimits") || StartsWithWord(text, i, "\\displaylimits"))
            {
                i = after = ControlWordEnd(text, i);
            }
            else break;
            i = SkipSpaces(text, i);
        }
        inserts.Add((after, inserts.Count, s));
        return true;
    }

    // Gives every script a doubly braced argument (x^2 → x^{{2}}, x_{ij} → x_{{ij}}), which typesets the same glyphs in the
    // same order. xcolor undoes a switch with a "color pop" right after the group that holds it; in a script's own group
    // that pop would fall between the script and a following one (\sum_{…}^{…}) and detach the second. The inner group
    // keeps the pop inside the script. Returns the new text and where each old position went.
    private static (string Text, int[] Map) BraceScripts(string source)
    {
        var sb = new StringBuilder(source.Length + 16);
        var map = new int[source.Length + 1];
        var doubled = new Stack<bool>(); // for each open brace: whether it opened a script argument
        int i = 0;
        while (i < source.Length)
        {
            map[i] = sb.Length;
            char c = source[i];
            if (c == '\\')
            {
                int j = ControlWordEnd(source, i);
                for (int k = i; k < j; k++) map[k] = sb.Length + (k - i);
                sb.Append(source, i, j - i);
                i = j;
                continue;
            }
            i++;
            if (c == '{') { doubled.Push(false); sb.Append(c); continue; }
            if (c == '}') { sb.Append(doubled.Count > 0 && doubled.Pop() ? "}}" : "}"); continue; }
            sb.Append(c);
            if (c is not ('^' or '_')) continue;
            int arg = SkipSpaces(source, i);
            for (int k = i; k < arg; k++) { map[k] = sb.Length; sb.Append(source[k]); }
            i = arg;
            if (arg >= source.Length) continue;
            if (source[arg] == '{')
            {
                map[arg] = sb.Length;
                sb.Append("{{");
                doubled.Push(true);
                i = arg + 1;
                continue;
            }
            int argEnd = source[arg] == '\\' ? ControlWordEnd(source, arg) : arg + 1;
            // A command with its own braced arguments (x^\mathrm{T}) is left alone: wrapping only its name would break it.
            int next = SkipSpaces(source, argEnd);
            if (source[arg] == '\\' && next < source.Length && source[next] is '{' or '[') continue;
            sb.Append("{{");
            for (int k = arg; k < argEnd; k++) { map[k] = sb.Length; sb.Append(source[k]); }
            sb.Append("}}");
            i = argEnd;
        }
        map[source.Length] = sb.Length;
        return (sb.ToString(), map);
    }

    // Positions just after each "&" or "\\" of the span's own alignment level (not inside a group or environment that
    // the span opens itself).
    private static IEnumerable<int> CellStarts(string s, int start, int end)
    {
        int depth = 0;
        for (int i = start; i < end; i++)
        {
            char c = s[i];
            if (c == '\\')
            {
                int j = ControlWordEnd(s, i);
                string word = s[(i + 1)..j];
                if (word is "begin" or "left") depth++;
                else if (word is "end" or "right") depth--;
                else if (word == "\\" && depth == 0) yield return j;
                i = j - 1;
            }
            else if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (c == '&' && depth == 0) yield return i + 1;
        }
    }

    // Braces, \left/\right, \begin/\end and math shifts pair up inside [start, end), never closing what the span did not
    // open: a switch is undone at the end of the group it stands in, so both switches must stand in the same one.
    private static bool Balanced(string s, int start, int end)
    {
        int braces = 0, delimiters = 0, environments = 0, shifts = 0;
        for (int i = start; i < end; i++)
        {
            char c = s[i];
            if (c == '\\')
            {
                int j = ControlWordEnd(s, i);
                if (j > end) return false;
                string word = s[(i + 1)..j];
                if (word == "left") delimiters++;
                else if (word == "right" && --delimiters < 0) return false;
                else if (word == "begin") environments++;
                else if (word == "end" && --environments < 0) return false;
                i = j - 1;
            }
            else if (c == '{') braces++;
            else if (c == '}' && --braces < 0) return false;
            else if (c == '$') shifts++;
        }
        return braces == 0 && delimiters == 0 && environments == 0 && shifts % 2 == 0;
    }

    /// <summary>For each position 0..Length, whether it lies strictly inside a control word or control symbol.</summary>
    private static bool[] InsideControlWord(string s)
    {
        var inside = new bool[s.Length + 1];
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\') continue;
            int j = ControlWordEnd(s, i);
            for (int k = i + 1; k < j; k++) inside[k] = true;
            i = j - 1;
        }
        return inside;
    }

    /// <summary>The end of the control word or control symbol starting with the backslash at <paramref name="i"/>.</summary>
    private static int ControlWordEnd(string s, int i)
    {
        int j = i + 1;
        while (j < s.Length && char.IsAsciiLetter(s[j])) j++;
        if (j == i + 1 && j < s.Length) j++; // a control symbol: \, \{ \\ ...
        return j;
    }

    private static bool StartsWithWord(string s, int i, string word) =>
        string.CompareOrdinal(s, i, word, 0, word.Length) == 0 && (i + word.Length >= s.Length || !char.IsAsciiLetter(s[i + word.Length]));

    private static bool Escaped(string s, int i)
    {
        int slashes = 0;
        while (i - 1 - slashes >= 0 && s[i - 1 - slashes] == '\\') slashes++;
        return slashes % 2 == 1;
    }

    private static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
        return i;
    }

    private static int MatchingBrace(string s, int open)
    {
        int depth = 0;
        for (int i = open; i < s.Length; i++)
        {
            if (s[i] == '\\') { i = ControlWordEnd(s, i) - 1; continue; }
            if (s[i] == '{') depth++;
            else if (s[i] == '}' && --depth == 0) return i;
        }
        return s.Length - 1;
    }
}
