using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// Declarative updaters in C# form. ManimGL's <c>mob.always.next_to(dot, DR)</c> and <c>mob.f_always.move_to(get_point)</c>
/// both become <c>mob.Always(m =&gt; m.NextTo(dot, DR))</c> / <c>mob.Always(m =&gt; m.MoveTo(GetPoint()))</c>: a lambda
/// re-evaluates its arguments every frame, which is exactly what <c>f_always</c>'s thunks do. <see cref="FAlways{T, TArg}"/>
/// keeps the thunk-passing form for code ported line by line.
/// </summary>
public static class MobjectUpdaters
{
    /// <summary>Calls <paramref name="update"/> on the mobject every frame (and once now). Remove it with <c>RemoveUpdater(update)</c>.</summary>
    public static T Always<T>(this T m, Action<T> update) where T : Mobject
    {
        ArgumentNullException.ThrowIfNull(update);
        return m.AddUpdater(update);
    }

    /// <summary>
    /// Every frame (and once now) evaluates <paramref name="argument"/> and calls <paramref name="method"/> with the mobject
    /// and that value: <c>dot.FAlways((d, p) =&gt; d.MoveTo(p), GetLinePoint)</c>.
    /// </summary>
    public static T FAlways<T, TArg>(this T m, Action<T, TArg> method, Func<TArg> argument) where T : Mobject
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(argument);
        return m.AddUpdater(x => method(x, argument()));
    }

    /// <summary>The two-argument form of <see cref="FAlways{T, TArg}"/>: both thunks are evaluated every frame.</summary>
    public static T FAlways<T, TArg1, TArg2>(this T m, Action<T, TArg1, TArg2> method, Func<TArg1> argument1, Func<TArg2> argument2)
        where T : Mobject
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(argument1);
        ArgumentNullException.ThrowIfNull(argument2);
        return m.AddUpdater(x => method(x, argument1(), argument2()));
    }

    /// <summary>
    /// Makes <paramref name="m"/> exactly a freshly built <paramref name="fresh"/>: its children are replaced by
    /// <paramref name="fresh"/>'s (which are moved, not copied) and its own points and style are taken over. Unlike
    /// <c>Become</c> nothing is aligned, so the structure may change from frame to frame (a dashed line whose dash count
    /// varies).
    /// </summary>
    public static T Redraw<T>(this T m, Mobject fresh) where T : Mobject
    {
        ArgumentNullException.ThrowIfNull(fresh);
        if (ReferenceEquals(m, fresh)) return m;
        var children = fresh.Submobjects.ToList();
        fresh.ClearCore();
        m.SetSubmobjectsCore(children);
        m.InterpolateFrom(fresh, fresh, 1, PathFunctions.Straight);
        return m;
    }
}
