using System.Globalization;

namespace AnimLib.Mobjects;

/// <summary>One visible item of a DVI page: a character (its code in its font) or a rule, with the label of the colour it
/// was set in.</summary>
/// <param name="Code">The character code, or <see cref="DviMarks.Rule"/> for a rule.</param>
/// <param name="Label">The span label decoded from the colour (0: not in a labelled span).</param>
internal readonly record struct DviMark(int Code, int Label);

/// <summary>
/// Reads the visible items of a DVI file in the order they are set, each with the label encoded in the colour current at
/// that point (xcolor's <c>color push</c>/<c>color pop</c> specials, RGB colour (r, g, b) meaning label r·65536 + g·256 + b).
/// dvisvgm draws the same items in the same order (one <c>use</c> per character, one <c>rect</c> per rule), which is
/// how labels read here are matched to the outlines of the plain compile. Reading the DVI keeps dvisvgm's specials off.
/// </summary>
internal static class DviMarks
{
    /// <summary>The code given to rules.</summary>
    internal const int Rule = -1;

    /// <summary>Reads every page's characters and rules with their labels.</summary>
    /// <exception cref="FormatException">The bytes are not a DVI file this reader understands.</exception>
    internal static List<DviMark> Read(byte[] dvi)
    {
        var marks = new List<DviMark>();
        var colours = new Stack<int>();
        int Current() => colours.Count == 0 ? 0 : colours.Peek();
        int at = 0;
        long Unsigned(int bytes)
        {
            if (at + bytes > dvi.Length) throw new FormatException("The DVI file ends in the middle of a command.");
            long v = 0;
            for (int k = 0; k < bytes; k++) v = (v << 8) | dvi[at++];
            return v;
        }
        int Signed4() => unchecked((int)(uint)Unsigned(4));
        void Skip(long bytes)
        {
            if (bytes < 0 || at + bytes > dvi.Length) throw new FormatException("The DVI file ends in the middle of a command.");
            at += (int)bytes;
        }
        while (at < dvi.Length)
        {
            int op = dvi[at++];
            switch (op)
            {
                case <= 127: marks.Add(new DviMark(op, Current())); break;
                case >= 128 and <= 131: marks.Add(new DviMark((int)Unsigned(op - 127), Current())); break; // set1..set4
                case >= 133 and <= 136: marks.Add(new DviMark((int)Unsigned(op - 132), Current())); break; // put1..put4
                case 132 or 137: // set_rule, put_rule: drawn only when both sides are positive
                {
                    int height = Signed4(), width = Signed4();
                    if (height > 0 && width > 0) marks.Add(new DviMark(Rule, Current()));
                    break;
                }
                case 138 or 140 or 141 or 142 or 147 or 152 or 161 or 166: break; // nop, eop, push, pop, w0, x0, y0, z0
                case 139: Skip(44); break; // bop
                case >= 143 and <= 146: Skip(op - 142); break; // right
                case >= 148 and <= 151: Skip(op - 147); break; // w
                case >= 153 and <= 156: Skip(op - 152); break; // x
                case >= 157 and <= 160: Skip(op - 156); break; // down
                case >= 162 and <= 165: Skip(op - 161); break; // y
                case >= 167 and <= 170: Skip(op - 166); break; // z
                case >= 171 and <= 234: break; // fnt_num
                case >= 235 and <= 238: Skip(op - 234); break; // fnt
                case >= 239 and <= 242: // xxx: a special
                {
                    long length = Unsigned(op - 238);
                    Skip(length);
                    ApplySpecial(System.Text.Encoding.Latin1.GetString(dvi, at - (int)length, (int)length), colours);
                    break;
                }
                case >= 243 and <= 246: // fnt_def
                {
                    Skip(op - 242 + 12);
                    long a = Unsigned(1), l = Unsigned(1);
                    Skip(a + l);
                    break;
                }
                case 247: // pre
                {
                    Skip(13);
                    Skip(Unsigned(1));
                    break;
                }
                case 248: return marks; // post: the pages are over
                default: throw new FormatException($"Unknown DVI command {op} at byte {at - 1}.");
            }
        }
        return marks;
    }

    private static void ApplySpecial(string special, Stack<int> colours)
    {
        special = special.Trim();
        if (!special.StartsWith("color", StringComparison.Ordinal)) return;
        var words = special.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2 && words[1] == "pop")
        {
            if (colours.Count > 0) colours.Pop();
        }
        else if (words.Length >= 2 && words[1] == "push") colours.Push(LabelOf(words[2..]));
        else if (words.Length >= 2)
        {
            // "color <spec>" replaces the current colour.
            if (colours.Count > 0) colours.Pop();
            colours.Push(LabelOf(words[1..]));
        }
    }

    /// <summary>The label an xcolor colour spec ("rgb 0 0 0.00392") stands for; any other colour is label 0.</summary>
    internal static int LabelOf(string[] spec)
    {
        if (spec.Length != 4 || spec[0] != "rgb") return 0;
        int label = 0;
        for (int k = 1; k <= 3; k++)
        {
            if (!double.TryParse(spec[k], NumberStyles.Float, CultureInfo.InvariantCulture, out double v)) return 0;
            label = label * 256 + (int)Math.Round(Math.Clamp(v, 0, 1) * 255);
        }
        return label;
    }
}
