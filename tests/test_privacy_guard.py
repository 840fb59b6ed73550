import socket

import pytest

from tests.conftest import NetworkAccessError


def test_connection_to_a_public_address_fails_the_test():
    with (
        pytest.raises(NetworkAccessError),
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock,
    ):
        sock.connect(("192.0.2.1", 80))


def test_resolving_a_public_host_name_fails_the_test():
    with pytest.raises(NetworkAccessError):
        socket.getaddrinfo("example.org", 443)


def test_loopback_is_allowed():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.create_connection(server.getsockname(), timeout=2):
            pass
