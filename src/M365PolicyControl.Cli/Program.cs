using M365PolicyControl.Cli;

return await PolicyCtl.RunAsync(args);
