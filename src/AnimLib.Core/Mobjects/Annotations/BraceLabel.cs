using System.Numerics;

namespace AnimLib.Mobjects;

/// <summary>
/// A <see cref="Brace"/> beside a mobject with a label at its tip (Manim's BraceLabel): children are the brace and the
/// label, in that order. The label is a <see cref="Tex"/> unless a <c>labelConstructor</c> is given;
/// <see cref="BraceText"/> uses <see cref="Text"/>.
/// </summary>
/// <remarks>
/// <see cref="ShiftBrace"/>, <see cref="ChangeLabel"/> and <see cref="ChangeBraceLabel"/> rebuild the brace or the label
/// in place, so they also work inside <c>Animate()</c>: <c>Play(label.Animate().ChangeBraceLabel(other, "y"))</c> morphs
/// the old brace and label into the new ones.
/// </remarks>
public class BraceLabel : VGroup
{
    private readonly Vector3 _direction;
    private readonly double _buff;
    private readonly double _labelBuff;
    private readonly Func<string, VMobject> _labelConstructor;

    /// <summary>Creates a brace under (or beside) <paramref name="mobject"/> with <paramref name="text"/> at its tip.</summary>
    /// <param name="mobject">What the brace spans.</param>
    /// <param name="text">The label's source: LaTeX math by default, e.g. <c>"n"</c> or <c>@"\Delta x"</c>.</param>
    /// <param name="braceDirection">The side the brace sits on and its tip points to (Down by default).</param>
    /// <param name="fontSize">Font size of the label.</param>
    /// <param name="buff">Gap between the mobject's box and the brace.</param>
    /// <param name="labelBuff">Gap between the brace's tip and the label.</param>
    /// <param name="labelConstructor">Makes the label from its text instead of <see cref="Tex"/>, e.g. <c>s =&gt; new Text(s, 30)</c>.</param>
    /// <exception cref="TexCompilationException">LaTeX rejected the label (with the default constructor).</exception>
    public BraceLabel(Mobject mobject, string text, Vector3? braceDirection = null, double fontSize = Text.DefaultFontSize,
        double buff = 0.2, double labelBuff = 0.25, Func<string, VMobject>? labelConstructor = null)
        : this(mobject, text, braceDirection, buff, labelBuff, labelConstructor ?? (s => new Tex(s, fontSize)))
    {
    }

    /// <summary>Creates the brace label with a label constructor chosen by a subclass.</summary>
    /// <param name="mobject">What the brace spans.</param>
    /// <param name="text">The label's source.</param>
    /// <param name="braceDirection">The side the brace sits on (Down by default).</param>
    /// <param name="buff">Gap between the mobject's box and the brace.</param>
    /// <param name="labelBuff">Gap between the brace's tip and the label.</param>
    /// <param name="labelConstructor">Makes the label from its text.</param>
    protected BraceLabel(Mobject mobject, string text, Vector3? braceDirection, double buff, double labelBuff,
        Func<string, VMobject> labelConstructor)
    {
        ArgumentNullException.ThrowIfNull(mobject);
        ArgumentNullException.ThrowIfNull(text);
        _direction = braceDirection ?? Directions.Down;
        _buff = buff;
        _labelBuff = labelBuff;
        _labelConstructor = labelConstructor;
        var brace = new Brace(mobject, _direction, buff);
        this.Add(brace, brace.PutAtTip(labelConstructor(text), labelBuff));
    }

    /// <summary>The brace (the first child).</summary>
    public Brace Brace => (Brace)Submobjects[0];

    /// <summary>The label at the brace's tip (the second child).</summary>
    public VMobject Label => (VMobject)Submobjects[1];

    /// <summary>Rebuilds the brace to span <paramref name="mobject"/> (same side, same gap) and moves the label to its tip.</summary>
    public BraceLabel ShiftBrace(Mobject mobject)
    {
        var brace = new Brace(mobject, _direction, _buff).MatchStyle(Brace);
        this.ReplaceSubmobject(0, brace);
        brace.PutAtTip(Label, _labelBuff);
        return this;
    }

    /// <summary>Replaces the label by one made from <paramref name="text"/>, at the tip, in the old label's colour.</summary>
    public BraceLabel ChangeLabel(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var label = _labelConstructor(text).SetColor(Label.GetColor());
        this.ReplaceSubmobject(1, Brace.PutAtTip(label, _labelBuff));
        return this;
    }

    /// <summary>Spans <paramref name="mobject"/> with the brace and relabels it: <see cref="ShiftBrace"/> then <see cref="ChangeLabel"/>.</summary>
    public BraceLabel ChangeBraceLabel(Mobject mobject, string text) => ShiftBrace(mobject).ChangeLabel(text);
}
