namespace ThammJobs.Messaging.Tests;
