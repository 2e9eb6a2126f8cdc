using AnimLib.Animations;
using AnimLib.Mobjects;

namespace AnimLib;

public static partial class Anim
{
    /// <summary>
    /// Animates <paramref name="source"/> into <paramref name="target"/> token by token: kept tokens move, removed ones
    /// fade out, inserted ones fade in (see <see cref="Animations.TransformCode"/>). <paramref name="source"/> stays on
    /// screen with the new text.
    /// </summary>
    public static TransformCode TransformCode(Code source, Code target, double? runTime = null, Func<double, double>? rateFunc = null,
        (double, double)? timeSpan = null) =>
        Configure(new TransformCode(source, target), runTime, rateFunc, null, timeSpan);

    /// <summary>
    /// Types <paramref name="code"/> behind a cursor at <paramref name="charsPerSecond"/> (see <see cref="CodeTypewriter"/>;
    /// the class has another name because <c>System.TypeCode</c> is in scope wherever <c>System</c> is).
    /// </summary>
    public static CodeTypewriter TypeCode(Code code, double charsPerSecond = CodeTypewriter.DefaultCharsPerSecond, double? runTime = null,
        (double, double)? timeSpan = null) =>
        Configure(new CodeTypewriter(code, charsPerSecond), runTime, null, null, timeSpan);

    /// <summary>
    /// Dims every line of <paramref name="code"/> but <paramref name="lines"/>, then restores them (see
    /// <see cref="Animations.HighlightLines"/>). The range holds line numbers as shown, both ends included:
    /// <c>3..5</c> is lines 3, 4 and 5, and <c>^1</c> is the last line.
    /// </summary>
    public static HighlightLines HighlightLines(Code code, Range lines, double dimOpacity = 0.25, bool restore = true, double? runTime = null,
        Func<double, double>? rateFunc = null, (double, double)? timeSpan = null)
    {
        int LineNumber(Index i) => i.IsFromEnd ? code.FirstLineNumber + code.LineCount - i.Value : i.Value;
        return HighlightLines(code, LineNumber(lines.Start), LineNumber(lines.End), dimOpacity, restore, runTime, rateFunc, timeSpan);
    }

    /// <summary>Dims every line of <paramref name="code"/> but <paramref name="first"/> to <paramref name="last"/> (as shown, both included), then restores them.</summary>
    public static HighlightLines HighlightLines(Code code, int first, int last, double dimOpacity = 0.25, bool restore = true, double? runTime = null,
        Func<double, double>? rateFunc = null, (double, double)? timeSpan = null) =>
        Configure(new HighlightLines(code, first, last, dimOpacity, restore), runTime, rateFunc, null, timeSpan);
}
