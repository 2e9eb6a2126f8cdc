using AnimLib.Animations;
using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib;

public static partial class Anim
{
    /// <summary>Writes text or any vector mobject (see <see cref="Animations.Write"/>); run time and lag grow with its length unless given.</summary>
    public static Write Write(Mobject mobject, double? runTime = null, double? lagRatio = null, double strokeWidth = 2, Color? strokeColor = null,
        Func<double, double>? rateFunc = null, (double, double)? timeSpan = null) =>
        Configure(new Write(mobject, runTime, lagRatio, strokeWidth, strokeColor), null, rateFunc, null, timeSpan);

    /// <summary>Draws the outline, then fills (see <see cref="Animations.DrawBorderThenFill"/>).</summary>
    public static DrawBorderThenFill DrawBorderThenFill(Mobject mobject, double strokeWidth = 2, Color? strokeColor = null,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) =>
        Configure(new DrawBorderThenFill(mobject, strokeWidth, strokeColor), runTime, rateFunc, lagRatio, timeSpan);

    /// <summary>Morphs one string into another by matching their text (see <see cref="Animations.TransformMatchingStrings"/>).</summary>
    public static TransformMatchingStrings TransformMatchingStrings(StringMobject source, StringMobject target, double pathArc = 0,
        double runTime = 2, double lagRatio = 0, IEnumerable<string>? matchedKeys = null, IReadOnlyDictionary<string, string>? keyMap = null,
        Func<double, double>? rateFunc = null) =>
        Configure(new TransformMatchingStrings(source, target, pathArc, runTime, lagRatio, matchedKeys, keyMap), null, rateFunc, null, null);

    /// <summary>Morphs by pairing pieces of identical shape (see <see cref="Animations.TransformMatchingShapes"/>).</summary>
    public static TransformMatchingShapes TransformMatchingShapes(Mobject source, Mobject target, double pathArc = 0, double runTime = 2,
        double lagRatio = 0, Func<double, double>? rateFunc = null) =>
        Configure(new TransformMatchingShapes(source, target, pathArc, runTime, lagRatio), null, rateFunc, null, null);

    /// <summary>Cross-fades <paramref name="mobject"/> into <paramref name="target"/> (see <see cref="Animations.FadeTransform"/>).</summary>
    public static FadeTransform FadeTransform(Mobject mobject, Mobject target, bool stretch = true, int dimToMatch = 1,
        double? runTime = null, Func<double, double>? rateFunc = null, (double, double)? timeSpan = null) =>
        Configure(new FadeTransform(mobject, target, stretch, dimToMatch), runTime, rateFunc, null, timeSpan);

    /// <summary>Cross-fades piece by piece (see <see cref="Animations.FadeTransformPieces"/>).</summary>
    public static FadeTransformPieces FadeTransformPieces(Mobject mobject, Mobject target, double? runTime = null,
        Func<double, double>? rateFunc = null, (double, double)? timeSpan = null) =>
        Configure(new FadeTransformPieces(mobject, target), runTime, rateFunc, null, timeSpan);

    /// <summary>Counts a number to <paramref name="targetValue"/> (see <see cref="Animations.ChangeDecimalToValue"/>).</summary>
    public static ChangeDecimalToValue ChangeDecimalToValue(DecimalNumber number, double targetValue, double? runTime = null,
        Func<double, double>? rateFunc = null, (double, double)? timeSpan = null) =>
        Configure(new ChangeDecimalToValue(number, targetValue), runTime, rateFunc, null, timeSpan);

    /// <summary>Shows a number counting from <paramref name="source"/> to its value (see <see cref="Animations.CountInFrom"/>).</summary>
    public static CountInFrom CountInFrom(DecimalNumber number, double source = 0, double? runTime = null,
        Func<double, double>? rateFunc = null, (double, double)? timeSpan = null) =>
        Configure(new CountInFrom(number, source), runTime, rateFunc, null, timeSpan);
}
