namespace ThammJobs.Uploads.Tests;
