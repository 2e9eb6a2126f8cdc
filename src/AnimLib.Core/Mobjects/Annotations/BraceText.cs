using System.Numerics;

namespace AnimLib.Mobjects;

/// <summary>A <see cref="BraceLabel"/> whose label is plain <see cref="Text"/> rather than LaTeX (Manim's BraceText).</summary>
public class BraceText : BraceLabel
{
    /// <summary>Creates a brace under (or beside) <paramref name="mobject"/> with <paramref name="text"/> at its tip.</summary>
    /// <param name="mobject">What the brace spans.</param>
    /// <param name="text">The label.</param>
    /// <param name="braceDirection">The side the brace sits on and its tip points to (Down by default).</param>
    /// <param name="fontSize">Font size of the label.</param>
    /// <param name="buff">Gap between the mobject's box and the brace.</param>
    /// <param name="labelBuff">Gap between the brace's tip and the label.</param>
    /// <param name="font">Font family of the label (<see cref="Text.DefaultFont"/> when null).</param>
    public BraceText(Mobject mobject, string text, Vector3? braceDirection = null, double fontSize = Text.DefaultFontSize,
        double buff = 0.2, double labelBuff = 0.25, string? font = null)
        : base(mobject, text, braceDirection, buff, labelBuff, s => new Text(s, fontSize, font))
    {
    }

    /// <summary>The label, as <see cref="Text"/>.</summary>
    public new Text Label => (Text)base.Label;
}
