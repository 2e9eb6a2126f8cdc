using System.Numerics;
using AnimLib.Animations;
using AnimLib.Mobjects;

namespace AnimLib;

/// <summary>
/// Factory methods for every animation, so scenes read like ManimGL: <c>using static AnimLib.Anim;</c> then
/// <c>Play(Transform(square, circle), runTime: 2)</c>. Each method mirrors the animation class of the same name in
/// <see cref="AnimLib.Animations"/>; common keyword arguments (<c>runTime</c>, <c>rateFunc</c>, <c>lagRatio</c>,
/// <c>timeSpan</c>) are accepted everywhere.
/// </summary>
public static partial class Anim
{
    private static T Configure<T>(T animation, double? runTime, Func<double, double>? rateFunc, double? lagRatio, (double, double)? timeSpan,
        bool? remover = null) where T : Animation
    {
        animation.With(runTime, rateFunc, lagRatio, timeSpan);
        if (remover is bool r) animation.Remover = r;
        return animation;
    }

    /// <summary>Morphs <paramref name="mobject"/> into <paramref name="target"/> (see <see cref="Animations.Transform"/>).</summary>
    public static Animations.Transform Transform(Mobject mobject, Mobject target, double pathArc = 0, Vector3? pathArcAxis = null,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) =>
        Configure(new Animations.Transform(mobject, target, pathArc, pathArcAxis), runTime, rateFunc, lagRatio, timeSpan);

    /// <summary>Morphs <paramref name="mobject"/> into <paramref name="target"/>, then the scene holds the target.</summary>
    public static ReplacementTransform ReplacementTransform(Mobject mobject, Mobject target, double pathArc = 0, Vector3? pathArcAxis = null,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) =>
        Configure(new ReplacementTransform(mobject, target, pathArc, pathArcAxis), runTime, rateFunc, lagRatio, timeSpan);

    /// <summary>Morphs a copy of <paramref name="mobject"/> into <paramref name="target"/>; the original stays.</summary>
    public static TransformFromCopy TransformFromCopy(Mobject mobject, Mobject target, double pathArc = 0, Vector3? pathArcAxis = null,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) =>
        Configure(new TransformFromCopy(mobject, target, pathArc, pathArcAxis), runTime, rateFunc, lagRatio, timeSpan);

    /// <summary>Animates a mobject to the target made by <c>GenerateTarget()</c>.</summary>
    public static MoveToTarget MoveToTarget(Mobject mobject, double pathArc = 0,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) =>
        Configure(new MoveToTarget(mobject, pathArc), runTime, rateFunc, lagRatio, timeSpan);

    /// <summary>Animates a mobject back to its saved state.</summary>
    public static Animations.Restore Restore(Mobject mobject, double pathArc = 0,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) =>
        Configure(new Animations.Restore(mobject, pathArc), runTime, rateFunc, lagRatio, timeSpan);

    /// <summary>Fades in, arriving along <paramref name="shift"/> and growing from 1/<paramref name="scale"/>.</summary>
    public static FadeIn FadeIn(Mobject mobject, Vector3? shift = null, double scale = 1,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) =>
        Configure(new FadeIn(mobject, shift, scale), runTime, rateFunc, lagRatio, timeSpan);

    /// <summary>Fades out, leaving along <paramref name="shift"/> and scaling by <paramref name="scale"/>; then removes the mobject.</summary>
    public static FadeOut FadeOut(Mobject mobject, Vector3? shift = null, double scale = 1,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null,
        bool remover = true) =>
        Configure(new FadeOut(mobject, shift, scale), runTime, rateFunc, lagRatio, timeSpan, remover);

    /// <summary>Draws the paths from start to end (members one after another with the default lag 1).</summary>
    public static ShowCreation ShowCreation(Mobject mobject, double lagRatio = 1.0,
        double? runTime = null, Func<double, double>? rateFunc = null, (double, double)? timeSpan = null) =>
        Configure(new ShowCreation(mobject, lagRatio), runTime, rateFunc, null, timeSpan);

    /// <summary>Erases the paths, then removes the mobject.</summary>
    public static Uncreate Uncreate(Mobject mobject, double lagRatio = 1.0,
        double? runTime = null, (double, double)? timeSpan = null) =>
        Configure(new Uncreate(mobject, lagRatio), runTime, null, null, timeSpan);

    /// <summary>Plays animations on one timeline (together by default).</summary>
    public static AnimationGroup AnimationGroup(params Animation[] animations) => new(animations);

    /// <summary>Plays animations on one timeline with the given stagger and total run time.</summary>
    public static AnimationGroup AnimationGroup(IEnumerable<Animation> animations, double lagRatio = 0, double? runTime = null) =>
        new(animations, runTime, lagRatio);

    /// <summary>Starts animations one after another, overlapping (lag 0.05 by default).</summary>
    public static LaggedStart LaggedStart(params Animation[] animations) => new(animations);

    /// <summary>Starts animations one after another with the given lag and total run time.</summary>
    public static LaggedStart LaggedStart(IEnumerable<Animation> animations, double lagRatio = 0.05, double? runTime = null) =>
        new(animations, runTime, lagRatio);

    /// <summary>
    /// A <see cref="Animations.LaggedStart"/> of <paramref name="animation"/> applied to each child of <paramref name="group"/>
    /// (run time 2 s and lag 0.05 by default, as in ManimGL).
    /// </summary>
    public static LaggedStart LaggedStartMap<TChild>(Func<TChild, Animation> animation, IEnumerable<TChild> group, double lagRatio = 0.05,
        double runTime = 2.0) where TChild : Mobject =>
        new(group.Select(animation).ToList(), runTime, lagRatio);

    /// <summary>A <see cref="Animations.LaggedStart"/> over the children of a mobject.</summary>
    public static LaggedStart LaggedStartMap(Func<Mobject, Animation> animation, Mobject group, double lagRatio = 0.05, double runTime = 2.0) =>
        new(group.Submobjects.Select(animation).ToList(), runTime, lagRatio);

    /// <summary>Plays animations back to back.</summary>
    public static Succession Succession(params Animation[] animations) => new(animations);

    /// <summary>Plays animations back to back with the given lag ratio (1 = strictly sequential) and total run time.</summary>
    public static Succession Succession(IEnumerable<Animation> animations, double lagRatio = 1.0, double? runTime = null) =>
        new(animations, runTime, lagRatio);
}
