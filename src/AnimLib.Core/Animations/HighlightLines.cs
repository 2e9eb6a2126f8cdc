using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// Draws attention to some lines of a <see cref="Code"/>: every other token and line number dims to
/// <c>dimOpacity</c> of its opacity in the first quarter of the run, holds, and comes back in the last quarter (with
/// <c>restore: false</c> the rest dims over the whole run and stays dimmed). Lines are counted as their numbers
/// show them, both ends included. 2.5 s by default.
/// </summary>
public class HighlightLines : CodeAnimation
{
    private readonly int _from;
    private readonly int _to;
    private readonly double _dim;
    private readonly bool _restore;
    private List<(VMobject Glyph, double Fill, double Stroke)> _dimmed = [];

    /// <summary>Creates the animation.</summary>
    /// <param name="code">The code.</param>
    /// <param name="first">First highlighted line, as numbered on screen.</param>
    /// <param name="last">Last highlighted line, included.</param>
    /// <param name="dimOpacity">Opacity factor of the other lines at full dim.</param>
    /// <param name="restore">Bring the other lines back at the end (true) or leave them dimmed.</param>
    /// <exception cref="ArgumentOutOfRangeException">The lines are not within the code.</exception>
    public HighlightLines(Code code, int first, int last, double dimOpacity = 0.25, bool restore = true) : base(code)
    {
        (_from, _to) = code.LineIndices(first, last);
        _dim = Math.Clamp(dimOpacity, 0, 1);
        _restore = restore;
        RunTime = 2.5;
    }

    /// <inheritdoc/>
    public override void Begin()
    {
        var code = Code;
        var model = code.Model;
        var glyphs = code.GlyphsBySourceIndex().Where(g => model.LineOf(g.Char) is var line && (line < _from || line > _to)).Select(g => g.Glyph);
        var numbers = (code.LineNumbers?.Members ?? []).Where((_, k) => k < _from || k > _to).SelectMany(n => n);
        _dimmed = glyphs.Concat(numbers).Select(g => (g, g.FillOpacity, g.StrokeOpacity)).ToList();
        base.Begin();
    }

    /// <inheritdoc/>
    protected override void InterpolateMobject(double alpha)
    {
        double amount = !_restore ? RateFunc(alpha)
            : alpha < 0.25 ? RateFunc(alpha / 0.25)
            : alpha <= 0.75 ? 1
            : RateFunc((1 - alpha) / 0.25);
        double factor = 1 - amount * (1 - _dim);
        foreach (var (glyph, fill, stroke) in _dimmed)
        {
            glyph.FillOpacity = fill * factor;
            glyph.StrokeOpacity = stroke * factor;
        }
    }
}
