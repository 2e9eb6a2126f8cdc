using System.Numerics;

namespace AnimLib.Mobjects;

public partial class Code
{
    /// <summary>
    /// Replaces the text with <paramref name="source"/>, set with the same language, theme and options; the text keeps
    /// its scale and its top-left corner where they are, so lines added below grow the code downwards as in an editor.
    /// Under <c>Animate()</c> (<c>code.Animate().SetSource(...)</c>) the change animates as a
    /// <c>TransformCode</c>: kept tokens move, removed ones fade out, inserted ones fade in.
    /// </summary>
    /// <remarks>Colours set on the old glyphs are not carried over: the new text has the theme's colours.</remarks>
    public Code SetSource(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var placement = CurrentPlacement();
        var anchor = placement.Map(_model.GridOrigin);
        (_model, _background, _lineNumbers, _body) = CodeBuilder.Build(source, _model.Options);
        AdoptChildren();
        if (placement.Scale != Vector3.One) this.Scale(placement.Scale, aboutPoint: Vector3.Zero);
        this.Shift(anchor - _model.GridOrigin * placement.Scale);
        InheritFrameFlags(this);
        return this;
    }

    /// <summary>Takes on <paramref name="other"/>'s text, settings, children and place (a copy of them); keeps its identity.</summary>
    internal void AdoptFrom(Code other)
    {
        var copy = (Code)other.DeepCopy();
        (_model, _background, _lineNumbers, _body) = (copy._model, copy._background, copy._lineNumbers, copy._body);
        copy.ClearCore();
        AdoptChildren();
        InheritFrameFlags(this);
    }

    /// <summary>
    /// Adds a part that an animation shows for a while (a cursor, tokens fading in), drawn like the rest of the code:
    /// fixed in frame when the code is, at its z-index.
    /// </summary>
    internal void AddPart(Mobject part, bool toBack = false)
    {
        if (toBack) AddToBackCore([part]);
        else AddCore([part]);
        InheritFrameFlags(part);
    }

    /// <summary>Gives <paramref name="mobject"/>'s family this code's fixed-in-frame flag and z-index, so parts added to it draw alike.</summary>
    internal void InheritFrameFlags(Mobject mobject)
    {
        foreach (var m in mobject.GetFamily())
        {
            m.IsFixedInFrame = IsFixedInFrame;
            m.ZIndex = ZIndex;
        }
    }

    /// <summary>
    /// How layout coordinates map to where the code is now, found by comparing the box around its glyphs (or its panel,
    /// when it has no glyph) with that box at build time. Follows shifts and scales, not rotations.
    /// </summary>
    internal CodePlacement CurrentPlacement()
    {
        if (CurrentReferenceBox() is not { } now) return new CodePlacement(Vector3.Zero, Vector3.Zero, Vector3.One);
        var built = _model.GlyphMax - _model.GlyphMin;
        var size = now.Max - now.Min;
        float sx = built.X > 1e-6f ? size.X / built.X : float.NaN;
        float sy = built.Y > 1e-6f ? size.Y / built.Y : float.NaN;
        if (float.IsNaN(sx)) sx = float.IsNaN(sy) ? 1 : sy;
        if (float.IsNaN(sy)) sy = sx;
        // Rounding in the box gives ratios a hair off 1; those are read as "not scaled".
        if (Math.Abs(sx - 1) < 1e-5f) sx = 1;
        if (Math.Abs(sy - 1) < 1e-5f) sy = 1;
        return new CodePlacement(_model.GlyphMin, now.Min, new Vector3(sx, sy, 1));
    }

    /// <summary>The top-left corner of the cell at <paramref name="line"/>, <paramref name="column"/> where the code is now.</summary>
    internal Vector3 CellCorner(CodePlacement placement, int line, int column) =>
        placement.Map(_model.GridOrigin + new Vector3((float)(column * _model.Cell), (float)(-line * _model.Pitch), 0));

    private (Vector3 Min, Vector3 Max)? CurrentReferenceBox()
    {
        if (_model.GlyphMin == _model.GlyphMax) return null;
        return CodeBuilder.ReferenceBox(_body, _lineNumbers, _background);
    }
}

/// <summary>Maps a <see cref="Code"/>'s layout coordinates to where it is now: <c>CurrentMin + (p − LayoutMin) × Scale</c>.</summary>
internal readonly record struct CodePlacement(Vector3 LayoutMin, Vector3 CurrentMin, Vector3 Scale)
{
    /// <summary>Where the layout point <paramref name="p"/> is now.</summary>
    internal Vector3 Map(Vector3 p) => CurrentMin + (p - LayoutMin) * Scale;
}
