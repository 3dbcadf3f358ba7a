using System.ComponentModel;
using System.Globalization;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;
using OmicsBridge.Core.Access;
using OmicsBridge.Lake.Catalog;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Keys;

[Description("Rotate the master key (admin, data_steward): make a new one, re-wrap every data key under it and destroy the old one. "
    + "Encrypted files (landing zone, lake Parquet) are not rewritten: their data keys stay the same, only how those keys are "
    + "stored changes. Prints the new master key id, how many data keys were re-wrapped and which master keys were destroyed; "
    + "never key material. Audited.")]
public sealed class KeysRotateCommand(CliConsole console) : Command<OutputCommandSettings>
{
    public override int Execute(CommandContext context, OutputCommandSettings settings, CancellationToken cancellationToken)
    {
        var (governance, caller) = Services.Authorize(settings, DataAction.ManageKeys, "keys rotate");
        var rotation = new LakeStore(governance.Workspace).Keys.RotateMasterKey();
        var retired = string.Join(' ', rotation.RetiredMasterKeys);
        ResultWriter.Write(console, console.Resolve(settings.Format), ["master_key", "data_keys_rewrapped", "retired_master_keys"],
            [[rotation.MasterKeyId, rotation.DataKeys, retired]],
            "Master key rotated");
        governance.Record(caller, "key_rotation", "keys rotate", [], null, "ok", string.Create(CultureInfo.InvariantCulture,
            $"master key {rotation.MasterKeyId}; {rotation.DataKeys} data keys re-wrapped; destroyed {(retired.Length == 0 ? "none" : retired)}"));
        return ExitCodes.Ok;
    }
}
