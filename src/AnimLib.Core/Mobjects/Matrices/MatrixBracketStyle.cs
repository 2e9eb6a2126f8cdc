namespace AnimLib.Mobjects;

/// <summary>The shape of a <see cref="Matrix"/>'s brackets (Manim's <c>left_bracket</c> / <c>right_bracket</c>).</summary>
public enum MatrixBracketStyle
{
    /// <summary>Square brackets, [ ] (the default, as in ManimGL).</summary>
    Square,

    /// <summary>Parentheses, ( ), as in pmatrix.</summary>
    Round,

    /// <summary>Vertical bars, | |, as for a determinant.</summary>
    Bar,
}
