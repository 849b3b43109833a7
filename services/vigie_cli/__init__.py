"""The ``vigie`` command: runs the services, the embedded broker, and the offline tools."""
