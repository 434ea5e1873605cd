console.log('cli stub');
