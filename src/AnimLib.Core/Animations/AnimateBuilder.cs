using System.Runtime.CompilerServices;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// The <c>mob.Animate()</c> builder: <c>Animate()</c> returns the mobject's target (a copy); every method chained on it
/// edits that target immediately; passing it to <c>Play</c> turns it into a <see cref="MoveToTarget"/>.
/// </summary>
public static class AnimateBuilder
{
    // The arguments SetAnimArgs recorded, per builder target. Kept here rather than on Mobject so that mobjects know
    // nothing of animations; a target that is collected takes its entry with it.
    private static readonly ConditionalWeakTable<Mobject, AnimArgs> RecordedArgs = new();

    /// <summary>Starts an animation builder: stores and returns a copy of the mobject as its target.</summary>
    public static T Animate<T>(this T m) where T : Mobject
    {
        var target = (T)m.GenerateTargetCore();
        target.AnimateSource = m;
        return target;
    }

    /// <summary>Records animation parameters on an <c>Animate()</c> builder (once per builder).</summary>
    /// <exception cref="InvalidOperationException">Called on a mobject that is not an <c>Animate()</c> builder, or twice.</exception>
    public static T SetAnimArgs<T>(this T target, double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null,
        (double, double)? timeSpan = null, double? pathArc = null) where T : Mobject
    {
        if (target.AnimateSource is null)
            throw new InvalidOperationException($"SetAnimArgs was called on a {target.GetType().Name} that is not an Animate() builder: write mob.Animate().Shift(...).SetAnimArgs(...).");
        if (!RecordedArgs.TryAdd(target, new AnimArgs(runTime, rateFunc, lagRatio, timeSpan, pathArc)))
            throw new InvalidOperationException("SetAnimArgs may be called only once per Animate() builder.");
        return target;
    }

    /// <summary>
    /// Turns an <c>Animate()</c> target into the animation it describes: a <see cref="MoveToTarget"/>, or for a
    /// <see cref="Code"/> a <see cref="TransformCode"/>, so that <c>code.Animate().SetSource(...)</c> moves only what changed.
    /// </summary>
    /// <exception cref="InvalidOperationException">The mobject is not an <c>Animate()</c> builder.</exception>
    public static Animation ToAnimation(Mobject builderTarget)
    {
        ArgumentNullException.ThrowIfNull(builderTarget);
        var source = builderTarget.AnimateSource ?? throw new InvalidOperationException(
            $"A {builderTarget.GetType().Name} was given where an animation was expected. To animate a method call write " +
            "mob.Animate().Method(...); to show a mobject use FadeIn(mob) or ShowCreation(mob).");
        RecordedArgs.TryGetValue(builderTarget, out var args);
        Animation animation = source is Code code && builderTarget is Code edited
            ? new TransformCode(code, edited)
            : new MoveToTarget(source, builderTarget, args?.PathArc ?? 0);
        if (args is not null) animation.With(args.RunTime, args.RateFunc, args.LagRatio, args.TimeSpan);
        return animation;
    }
}
