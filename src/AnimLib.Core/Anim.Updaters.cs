using AnimLib.Mobjects;

namespace AnimLib;

/// <summary>Updater helpers that build mobjects.</summary>
public static partial class Anim
{
    /// <summary>
    /// Returns <c>build()</c> with an updater that rebuilds it every frame (<see cref="MobjectUpdaters.Redraw{T}"/> with a
    /// new <c>build()</c>), so it always reflects the state <paramref name="build"/> reads:
    /// <c>var line = AlwaysRedraw(() =&gt; new DashedLine(dot.GetCenter(), Origin))</c>.
    /// </summary>
    public static T AlwaysRedraw<T>(Func<T> build) where T : Mobject
    {
        ArgumentNullException.ThrowIfNull(build);
        var mobject = build() ?? throw new InvalidOperationException("The function given to AlwaysRedraw returned null.");
        mobject.AddUpdater(m => m.Redraw(build()), callNow: false);
        return mobject;
    }
}
