using System.Numerics;
using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// Types a <see cref="Code"/> character by character (the animation of <c>Anim.TypeCode</c>) behind a cursor, at a steady rate: the run time is the number of
/// keystrokes over <c>charsPerSecond</c>. Indentation costs no keystroke (the cursor jumps to it, as an editor's
/// auto-indent does), a line's number appears when the cursor reaches the line, and the panel shows from the start.
/// The cursor is removed at the end.
/// </summary>
public class CodeTypewriter : CodeAnimation
{
    /// <summary>Typing speed used when none is given.</summary>
    public const double DefaultCharsPerSecond = 20;

    private readonly int[] _keystrokes;
    private List<(VMobject Glyph, int Char, double Fill, double Stroke)> _glyphs = [];
    private List<(VGroup Number, double[] Fill, double[] Stroke)> _numbers = [];
    private VMobject? _cursor;
    private CodePlacement _placement;

    /// <summary>Creates the animation.</summary>
    /// <param name="code">The code to type (added to the scene when the animation starts).</param>
    /// <param name="charsPerSecond">Keystrokes per second; sets the run time.</param>
    public CodeTypewriter(Code code, double charsPerSecond = DefaultCharsPerSecond) : base(code)
    {
        if (charsPerSecond <= 0) throw new ArgumentOutOfRangeException(nameof(charsPerSecond), charsPerSecond, "Typing speed must be positive.");
        Introducer = true;
        RateFunc = RateFunctions.Linear;
        _keystrokes = Keystrokes(code.Source);
        RunTime = Math.Max(_keystrokes.Length / charsPerSecond, 0.5);
    }

    /// <summary>Number of keystrokes: every character but indentation, line breaks included.</summary>
    public int KeystrokeCount => _keystrokes.Length;

    /// <inheritdoc/>
    public override void Begin()
    {
        var code = Code;
        _glyphs = code.GlyphsBySourceIndex().Select(g => (g.Glyph, g.Char, g.Glyph.FillOpacity, g.Glyph.StrokeOpacity)).ToList();
        _numbers = (code.LineNumbers?.Members ?? []).Select(n =>
            (n, n.Select(g => g.FillOpacity).ToArray(), n.Select(g => g.StrokeOpacity).ToArray())).ToList();
        _placement = code.CurrentPlacement();
        var model = code.Model;
        float width = (float)(Math.Max(model.Cell * 0.12, 0.01) * _placement.Scale.X), height = (float)(model.LineHeight * _placement.Scale.Y);
        _cursor = new Rectangle(width, height) { FillColor = code.Palette.Cursor, FillOpacity = 1, StrokeWidth = 0, StrokeOpacity = 0 };
        code.AddPart(_cursor);
        base.Begin();
    }

    /// <inheritdoc/>
    protected override void InterpolateMobject(double alpha)
    {
        var model = Code.Model;
        int typed = (int)Math.Floor(RateFunc(alpha) * _keystrokes.Length + 1e-9);
        typed = Math.Clamp(typed, 0, _keystrokes.Length);
        int upTo = typed == 0 ? 0 : _keystrokes[typed - 1] + 1;
        foreach (var (glyph, ch, fill, stroke) in _glyphs)
        {
            bool shown = ch < upTo;
            glyph.FillOpacity = shown ? fill : 0;
            glyph.StrokeOpacity = shown ? stroke : 0;
        }
        int line = model.LineOf(Math.Min(upTo, model.Source.Length));
        int column = upTo - model.LineStarts[line];
        // Before the line's first keystroke the cursor waits at its indentation.
        column = Math.Max(column, Indentation(model.Source, model.LineStarts[line]));
        for (int k = 0; k < _numbers.Count; k++)
        {
            var (number, fills, strokes) = _numbers[k];
            for (int g = 0; g < number.Count; g++)
            {
                var glyph = number[g];
                glyph.FillOpacity = k <= line ? fills[g] : 0;
                glyph.StrokeOpacity = k <= line ? strokes[g] : 0;
            }
        }
        if (_cursor is not null)
        {
            var corner = Code.CellCorner(_placement, line, column);
            _cursor.MoveTo(corner + new Vector3((float)_cursor.GetWidth() / 2, -(float)_cursor.GetHeight() / 2, 0));
        }
    }

    /// <inheritdoc/>
    public override void Finish()
    {
        base.Finish();
        if (_cursor is not null) Code.RemoveCore([_cursor]);
        _cursor = null;
    }

    // The source index of every keystroke: each character except the spaces that indent a line.
    private static int[] Keystrokes(string source)
    {
        var keys = new List<int>();
        bool indent = true;
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (c == '\n') { keys.Add(i); indent = true; continue; }
            if (indent && c == ' ') continue;
            indent = false;
            keys.Add(i);
        }
        return [.. keys];
    }

    private static int Indentation(string source, int lineStart)
    {
        int i = lineStart;
        while (i < source.Length && source[i] == ' ') i++;
        return i - lineStart;
    }
}
